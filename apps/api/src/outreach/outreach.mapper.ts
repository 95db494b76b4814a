import type { OutreachEventRow } from './outreach.repository.js';
import { OutreachEvent, type OutreachKind } from './outreach.type.js';

export const toOutreachEvent = (row: OutreachEventRow): OutreachEvent =>
  Object.assign(new OutreachEvent(), {
    id: row.id,
    heldOn: row.held_on,
    title: row.title,
    kind: row.kind as OutreachKind,
    community: row.community,
    attendance: row.attendance,
    wardCode: row.ward_code,
  });
