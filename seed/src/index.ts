export { seedDatabase, isDatabaseEmpty, SeedError, DEFAULT_REFERRALS, DEFAULT_SEED, MAX_REFERRALS } from './seed.service.js';
export type { SeedOptions, SeedSummary } from './seed.service.js';
export { generateActivity } from './activity.generator.js';
export type { ActivitySlice, ActivityOptions } from './activity.generator.js';
export { Random, EvenSpread, cumulative, normalQuantile } from './random.js';
export { nhsCheckDigit, isValidNhsNumber, pseudonymise, NhsNumberSequence } from './nhs-number.generator.js';
export {
  loadPseudonymKey,
  newPseudonymKey,
  pseudonymKeySettings,
  PseudonymKeyError,
  PSEUDONYM_KEY_FILE_NAME,
  type PseudonymKey,
  type PseudonymKeySettings,
} from './pseudonym-key.file.js';
export { SERVICE_OPENED, DATA_UNTIL, dayOf, isoDay, financialYear } from './calendar.util.js';
export { HUB_DATA_TABLES } from './bulk-load.writer.js';
export * from './reference/index.js';
export { createProgressReporter, type ProgressReporter } from './progress.reporter.js';
