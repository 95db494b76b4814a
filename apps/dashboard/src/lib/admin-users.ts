import type { ScopeChoicesQuery, ScopeKind } from './graphql/graphql';
import type { UserAccount } from './queries/account.queries';
import { ROLES, type Role } from './viewer';

const SCOPE_KIND_LABELS: Record<ScopeKind, string> = {
	SERVICE: 'Service',
	PROGRAMME: 'Programme',
	CONTRACT: 'Contract',
	QI_PROJECT: 'QI project'
};

export interface ScopeOption {
	/** "KIND:id", the value a scope checkbox posts. */
	value: string;
	label: string;
}

/** The scope choices an admin ticks, grouped by kind, each named as users know it. */
export function scopeOptions(choices: ScopeChoicesQuery): { kind: ScopeKind; label: string; options: ScopeOption[] }[] {
	const group = (kind: ScopeKind, label: string, rows: { id: string; name: string }[]) => ({
		kind,
		label,
		options: rows.map((row) => ({ value: `${kind}:${row.id}`, label: row.name }))
	});
	return [
		group('SERVICE', 'Services', choices.services),
		group('PROGRAMME', 'Programmes', choices.programmes),
		group(
			'CONTRACT',
			'Contracts',
			choices.contracts.map((row) => ({ id: row.id, name: `${row.title} (${row.code})` }))
		),
		group(
			'QI_PROJECT',
			'QI projects',
			choices.qiProjects.map((row) => ({ id: row.id, name: row.title }))
		)
	];
}

/** An account's scope in words, e.g. "Service: Active Minds; Contract: TWL 2018". */
export function describeScopes(scopes: UserAccount['scopes'], choices: ScopeChoicesQuery | null): string {
	if (scopes.length === 0) return 'None';
	const names = new Map(choices ? scopeOptions(choices).flatMap((group) => group.options.map((option) => [option.value, option.label])) : []);
	return scopes.map((scope) => `${SCOPE_KIND_LABELS[scope.kind]}: ${names.get(`${scope.kind}:${scope.id}`) ?? `#${scope.id}`}`).join('; ');
}

const KINDS = Object.keys(SCOPE_KIND_LABELS) as ScopeKind[];

/** The scope checkboxes posted, as the API's scope input; unknown kinds or ids are dropped. */
export function parseScopes(values: FormDataEntryValue[]): { kind: ScopeKind; id: string }[] {
	return values.flatMap((value) => {
		const [kind, id] = String(value).split(':');
		return KINDS.includes(kind as ScopeKind) && /^\d+$/.test(id ?? '') ? [{ kind: kind as ScopeKind, id }] : [];
	});
}

export function parseRole(value: FormDataEntryValue | null): Role | null {
	return ROLES.includes(value as Role) ? (value as Role) : null;
}

export interface NewUserForm {
	email: string;
	displayName: string;
	role: Role | null;
	password: string;
	recordAccess: boolean;
	scopes: { kind: ScopeKind; id: string }[];
}

/** The create-account form as posted. */
export function readNewUserForm(form: FormData): NewUserForm {
	return {
		email: String(form.get('email') ?? '').trim(),
		displayName: String(form.get('displayName') ?? '').trim(),
		role: parseRole(form.get('role')),
		password: String(form.get('password') ?? ''),
		recordAccess: form.get('recordAccess') === 'on',
		scopes: parseScopes(form.getAll('scope'))
	};
}

/** What is missing from the form before the API is asked; null when it can be sent. */
export function newUserProblem(input: NewUserForm): string | null {
	if (!input.email) return 'Enter the e-mail address the user will sign in with.';
	if (!input.displayName) return 'Enter the name shown in the dashboard.';
	if (!input.role) return 'Choose a role.';
	if (input.password && input.password.length < 12) return 'A password needs at least 12 characters.';
	return null;
}
