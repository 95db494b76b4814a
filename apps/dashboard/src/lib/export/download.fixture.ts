/** A download's metadata for tests: fixed time and words, so expected files can be written by hand. */
import { disclosureRule, SOURCE, type DownloadMeta } from './download';

export function downloadMeta(overrides: Partial<DownloadMeta> = {}): DownloadMeta {
	return {
		title: 'Referrals per month',
		definition: 'Referrals received in each calendar month.',
		period: 'April 2024 to March 2025',
		filters: [{ label: 'Programme', values: ['Falls prevention'] }],
		generatedAt: new Date('2025-04-02T09:30:15.250Z'),
		disclosureRule: disclosureRule('DISCLOSURE_CONTROLLED'),
		source: SOURCE,
		...overrides
	};
}
