import type { Orm } from '@hub/db';
import { SqlClient } from '../common/sql.client.js';
import { AccessRepository } from './access.repository.js';
import { AccountService } from './account.service.js';
import { AuditLog } from './audit.log.js';
import { SYSTEM, type Viewer } from './viewer.js';

/**
 * Account administration outside GraphQL: `npm run user`, `npm start` creating the demo
 * accounts, and tests. It acts as the system (an admin with no account), and everything it
 * changes is audited as "system (command line)".
 */
export function accountAdmin(orm: Orm, viewer: Viewer = SYSTEM): { accounts: AccountService; repository: AccessRepository } {
  const sql = new SqlClient(orm.em.fork());
  const repository = new AccessRepository(sql);
  return { accounts: new AccountService(repository, new AuditLog(sql), viewer), repository };
}
