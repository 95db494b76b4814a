import { groupLoader, rowLoader } from '../common/batch.loader.js';
import type { AttendanceRepository } from './attendance.repository.js';
import type { ReferralRepository } from './referral.repository.js';

export function createReferralLoaders(referrals: ReferralRepository, attendance: AttendanceRepository) {
  return {
    referral: rowLoader(
      (ids: readonly string[]) => referrals.byIds(ids),
      (row) => row.id,
    ),
    referralsByPerson: groupLoader(
      (ids: readonly string[]) => referrals.byPersonIds(ids),
      (row) => row.person_id,
    ),
    statusHistory: groupLoader(
      (ids: readonly string[]) => referrals.statusHistory(ids),
      (row) => row.referral_id,
    ),
    attendanceByReferral: groupLoader(
      (ids: readonly string[]) => attendance.byReferralIds(ids),
      (row) => row.referral_id,
    ),
  };
}
export type ReferralLoaders = ReturnType<typeof createReferralLoaders>;
