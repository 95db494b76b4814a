import { financialYearRange, financialYearsBetween } from '@hub/analytics';

/**
 * The contract term drawn on a timeline: term, extension option and the latest period with
 * data (the "today" marker comes from the data, never from the wall clock).
 */
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
	const [year, month, day] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of the quarter that starts on `periodStart`. */
export function quarterEnd(periodStart: string): string {
	const [year, month] = periodStart.split('-').map(Number);
	return isoDay(Date.UTC(year, month - 1 + 3, 0) / DAY_MS);
}

/** Whole years from `start` to `endInclusive`, e.g. 2018-04-01 to 2023-03-31 is 5. */
export function termYears(start: string, endInclusive: string): number {
	return Math.round((dayNumber(endInclusive) + 1 - dayNumber(start)) / 365.25);
}

interface TimelineTick {
	fraction: number;
	label: string;
	/** Every other tick, left out where space is short. */
	minor: boolean;
}

export interface TermTimeline {
	termEnd: number;
	extensionEnd: number | null;
	latest: number | null;
	latestStage: 'before' | 'term' | 'extension' | 'after' | null;
	ticks: TimelineTick[];
}

/** Positions as fractions (0 to 1) of the span from the start to the last possible day. */
export function termTimeline(term: { startsOn: string; endsOn: string; extensionEndsOn: string | null }, latestDay: string | null): TermTimeline {
	const start = dayNumber(term.startsOn);
	const end = dayNumber(term.endsOn) + 1;
	const extensionEnd = term.extensionEndsOn ? dayNumber(term.extensionEndsOn) + 1 : null;
	const span = (extensionEnd ?? end) - start;
	const at = (day: number) => (day - start) / span;
	const latest = latestDay === null ? null : dayNumber(latestDay) + 1;
	return {
		termEnd: at(end),
		extensionEnd: extensionEnd === null ? null : 1,
		latest: latest === null ? null : Math.min(1, Math.max(0, at(latest))),
		latestStage: latest === null ? null : stageOf(latest, start, end, extensionEnd),
		ticks: financialYearTicks(term.startsOn, extensionEnd ?? end).map(([day, label], index) => ({
			fraction: at(day),
			label,
			minor: index % 2 === 1
		}))
	};
}

function stageOf(day: number, start: number, end: number, extensionEnd: number | null): TermTimeline['latestStage'] {
	if (day <= start) return 'before';
	if (day <= end) return 'term';
	if (extensionEnd !== null && day <= extensionEnd) return 'extension';
	return 'after';
}

/** Each 1 April from the term's start to before `until`, labelled "2018/19". */
function financialYearTicks(startsOn: string, until: number): [number, string][] {
	return financialYearsBetween(startsOn, isoDay(until))
		.map((label): [number, string] => [dayNumber(financialYearRange(label).start), label])
		.filter(([day]) => day >= dayNumber(startsOn) && day < until);
}

export interface TermMilestone {
	key: 'start' | 'end' | 'extension' | 'latest';
	label: string;
	date: string;
}

/** The dates on the timeline, in order, for its table and CSV. */
export function termMilestones(
	term: { startsOn: string; endsOn: string; extensionEndsOn: string | null },
	latest: { day: string; label: string } | null
): TermMilestone[] {
	const milestones: TermMilestone[] = [
		{ key: 'start', label: 'Contract starts', date: term.startsOn },
		{ key: 'end', label: 'Term ends (without extension)', date: term.endsOn }
	];
	if (term.extensionEndsOn) milestones.push({ key: 'extension', label: 'Extension option ends', date: term.extensionEndsOn });
	if (latest) milestones.push({ key: 'latest', label: `Latest data: ${latest.label}`, date: latest.day });
	return milestones.sort((a, b) => a.date.localeCompare(b.date));
}
