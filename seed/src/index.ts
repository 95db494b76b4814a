export { seedDatabase, isDatabaseEmpty, SeedError, DEFAULT_REFERRALS, DEFAULT_SEED, MAX_REFERRALS } from './seed.service.js';
export type { SeedOptions, SeedSummary } from './seed.service.js';
export { generateActivity } from './activity.generator.js';
export type { ActivitySlice, ActivityOptions } from './activity.generator.js';
export { Random, EvenSpread, cumulative, normalQuantile } from './random.js';
export { nhsCheckDigit, isValidNhsNumber, pseudonymise, DEV_PSEUDONYM_KEY } from './nhs-number.generator.js';
export { SERVICE_OPENED, DATA_UNTIL, dayOf, isoDay, financialYear } from './calendar.util.js';
export { HUB_DATA_TABLES } from './bulk-load.writer.js';
export * from './reference/index.js';
