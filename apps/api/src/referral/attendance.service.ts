import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import type { AttendanceFilter } from './attendance.input.js';
import { ATTENDANCE_CURSOR, type AttendanceRepository } from './attendance.repository.js';
import { AttendanceConnection, type Attendance } from './attendance.type.js';
import type { ReferralLoaders } from './referral.loaders.js';
import { toAttendance } from './referral.mapper.js';

/** Who came to which programme session. */
export class AttendanceService {
  constructor(
    private readonly repository: AttendanceRepository,
    private readonly loaders: ReferralLoaders,
  ) {}

  async attendance(filter: AttendanceFilter, page: PageRequest): Promise<AttendanceConnection> {
    const rows = await this.repository.page(filter, page);
    return toConnection(
      AttendanceConnection,
      rows,
      (row) => ({ cursor: encodeCursor(ATTENDANCE_CURSOR, [row.referral_id, row.session_on]), node: toAttendance(row) }),
      () => this.repository.count(filter),
    );
  }

  async attendanceOfReferral(referralId: string): Promise<Attendance[]> {
    return (await this.loaders.attendanceByReferral.load(referralId)).map(toAttendance);
  }
}
