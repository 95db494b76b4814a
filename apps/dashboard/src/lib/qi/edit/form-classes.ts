/** The QI forms' shared looks, as the account and admin forms draw their fields. */
export const FIELD_CLASS =
	'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-teal-700 focus:outline-2 focus:outline-teal-700 aria-invalid:border-red-700';

export const BUTTON_CLASS =
	'rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:bg-slate-400';

export const SECONDARY_BUTTON_CLASS =
	'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';
