export { writeReferralsCsv } from './referral-file.writer.js';
