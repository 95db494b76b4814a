import { ReportingInputError, ReportingNotFoundError } from '@hub/reporting';
import { InvalidArgumentError } from '../../common/argument.error.js';

/** Reporting names the parts of the period by its own filter shape; the caller wrote ReferralFilter or ReferralFilter. */
const ARGUMENT_NAMES: Readonly<Record<string, string>> = {
  'filter.period.from': 'filter.periodFrom',
  'filter.period.to': 'filter.periodTo',
  'filter.period.financialYear': 'filter.financialYear',
};

/**
 * Runs a reporting call and turns its input errors into the API's argument errors, naming the
 * argument as the caller wrote it. `notFound` names the argument that selects the record, for
 * a code (a contract, a measure) that matches nothing.
 */
export async function reportingCall<T>(call: () => Promise<T>, notFound?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ReportingInputError) {
      throw new InvalidArgumentError(ARGUMENT_NAMES[error.field] ?? error.field, `${error.reason}.`);
    }
    if (error instanceof ReportingNotFoundError && notFound) {
      throw new InvalidArgumentError(notFound, `no ${error.entity} has the code "${String(error.key).slice(0, 40)}".`);
    }
    throw error;
  }
}
