import { graphql } from '../graphql';
import type { ImportRunFragment, ImportTemplatesQuery } from '../graphql/graphql';

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const IMPORT_RUN_FRAGMENT = graphql(`
	fragment ImportRun on ImportRun {
		id
		kind
		fileName
		sha256
		importedBy
		startedAt
		finishedAt
		status
		message
		rowsRead
		inserted
		updated
		unchanged
		quarantined
	}
`);

/** Sent as a multipart request by the upload endpoint, with the file in place of `$file`. */
export const IMPORT_FILE_MUTATION = graphql(`
	mutation ImportFile($kind: ImportKind!, $file: Upload!) {
		importFile(kind: $kind, file: $file) {
			...ImportRun
		}
	}
`);

export const IMPORT_PAGE_QUERY = graphql(`
	query ImportPage($first: Int) {
		importRuns(first: $first) {
			totalCount
			edges {
				node {
					...ImportRun
				}
			}
		}
	}
`);

export const IMPORT_TEMPLATES_QUERY = graphql(`
	query ImportTemplates {
		importTemplates {
			kind
			sheet
			description
			mayImport
			columns {
				name
				type
				required
				codes
				description
				example
			}
		}
	}
`);

export const IMPORT_QUARANTINE_QUERY = graphql(`
	query ImportQuarantine($runId: ID!, $first: Int, $after: String) {
		importRun(id: $runId) {
			...ImportRun
		}
		importQuarantine(runId: $runId, first: $first, after: $after) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			edges {
				node {
					rowNumber
					row
					reasons
				}
			}
		}
	}
`);

export type ImportRunSummary = ImportRunFragment;
export type ImportTemplate = ImportTemplatesQuery['importTemplates'][number];
