/** The sample files of seed/samples, bundled as assets so the Import page can offer them for download. */
const SAMPLE_URLS = import.meta.glob('../../../../../seed/samples/*.{csv,xlsx}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface SampleFile {
	name: string;
	href: string;
}

/** The sample files whose name starts with the kind's (referrals.csv, referrals-with-errors.csv for REFERRALS). */
export function samplesOf(kind: string): SampleFile[] {
	const stem = kind.toLowerCase().replace(/_/g, '-');
	return Object.entries(SAMPLE_URLS)
		.map(([path, href]) => ({ name: path.split('/').pop() ?? path, href }))
		.filter((sample) => sample.name.startsWith(stem))
		.sort((a, b) => a.name.localeCompare(b.name));
}
