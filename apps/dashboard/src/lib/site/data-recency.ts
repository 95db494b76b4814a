/** How recent the figures are, in one line: "Data to 31 Oct 2026 · figures refreshed 30 Nov 2026 14:02". */

// The hub serves one English town: its dates are read in UK time, on the server and in the browser alike.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/London'
});

export interface DataRecency {
	lastReferralOn: string | null;
	rollupsRefreshedAt: string | null;
}

function formatInstant(iso: string): string {
	const parts = Object.fromEntries(INSTANT.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
	return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`;
}

export function describeRecency(recency: DataRecency): string {
	const data = recency.lastReferralOn ? `Data to ${DAY.format(new Date(`${recency.lastReferralOn}T00:00:00Z`))}` : 'No referrals yet';
	const refreshed = recency.rollupsRefreshedAt ? `figures refreshed ${formatInstant(recency.rollupsRefreshedAt)}` : 'figures not yet refreshed';
	return `${data} · ${refreshed}`;
}
