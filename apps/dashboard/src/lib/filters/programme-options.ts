import type { Programme } from '$lib/queries/programmes.queries';

export interface ProgrammeOption {
	value: string;
	label: string;
}

/** Choices for the programme filter, alphabetical, each naming its service. */
export function programmeOptions(programmes: readonly Programme[]): ProgrammeOption[] {
	return programmes
		.map((programme) => ({ value: programme.id, label: `${programme.name} (${programme.service.name})` }))
		.sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
