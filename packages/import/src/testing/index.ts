export { writeReferralsCsv, type ReferralFileOptions } from './referral-file.writer.js';
