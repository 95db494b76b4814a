import { ImportRefusedError } from '../import.errors.js';
import { IMPORT_KINDS, type ImportKind } from '../template/template.js';
import { rowsOf, type ImportClient } from './sql.client.js';

/** Who imports: the account named on the command line (docs/methods.md, "Access and audit"). */
export interface Importer {
  id: number;
  email: string;
  /** The name the QI value history records changes under, as the API's QI editing does. */
  displayName: string;
  role: string;
  /** The programmes a service manager's scope reaches; null for an admin, who reaches all. */
  programmeIds: ReadonlySet<number> | null;
  /** The QI projects a QI lead's scope reaches; null for an admin, who reaches all. */
  qiProjectIds: ReadonlySet<number> | null;
  /** Enabled demo accounts, whose passwords npm start prints; while any remain the hub takes only test NHS numbers. */
  demoAccounts: number;
}

/**
 * Who may import each kind (docs/methods.md, "Access and audit"). Admins import everything; a
 * service manager a service's records, for the services and programmes in their scope; a QI lead
 * the values of the QI projects they lead, as they may edit them in the dashboard. Population
 * changes every uptake figure of every service, so only admins import it.
 */
export const IMPORTING_ROLES: Readonly<Record<ImportKind, readonly string[]>> = {
  referrals: ['admin', 'service_manager'],
  outcomes: ['admin', 'service_manager'],
  attendance: ['admin', 'service_manager'],
  'qi-measures': ['admin', 'qi_lead'],
  population: ['admin'],
};

/** Whether a role may import this kind of file. */
export function mayImportKind(role: string, kind: ImportKind): boolean {
  return IMPORTING_ROLES[kind].includes(role);
}

/** Whether a role may import at least one kind, and so use the import routes at all. */
export function mayImport(role: string): boolean {
  return IMPORT_KINDS.some((kind) => mayImportKind(role, kind));
}

export async function findImporter(client: ImportClient, email: string, kind: ImportKind): Promise<Importer> {
  const [user] = await rowsOf<{ id: number; email: string; display_name: string; role: string; disabled_at: Date | null }>(
    client,
    `select id, email, display_name, role, disabled_at from hub_user where email = lower($1)`,
    [email.trim()],
  );
  if (!user) throw new ImportRefusedError(`--as: no account has the e-mail ${email} (npm run user -- list shows them)`);
  if (user.disabled_at) throw new ImportRefusedError(`--as: the account ${user.email} is disabled`);
  if (!mayImportKind(user.role, kind)) {
    throw new ImportRefusedError(`--as: ${user.email} is a ${user.role}; only ${IMPORTING_ROLES[kind].join(' and ')} accounts may import ${kind}`);
  }
  const [demo] = await rowsOf<{ n: number }>(client, `select count(*)::int as n from hub_user where is_demo and disabled_at is null`);
  const found = { id: user.id, email: user.email, displayName: user.display_name, role: user.role, demoAccounts: demo.n };
  if (user.role === 'admin') return { ...found, programmeIds: null, qiProjectIds: null };
  if (user.role === 'qi_lead') {
    const led = await rowsOf<{ id: number }>(client, `select ref_id as id from user_scope where user_id = $1 and kind = 'qi_project'`, [user.id]);
    return { ...found, programmeIds: new Set(), qiProjectIds: new Set(led.map((row) => row.id)) };
  }
  const scoped = await rowsOf<{ id: number }>(
    client,
    `select p.id from programme p join user_scope s on s.user_id = $1
      where (s.kind = 'service' and s.ref_id = p.service_id) or (s.kind = 'programme' and s.ref_id = p.id)`,
    [user.id],
  );
  return { ...found, programmeIds: new Set(scoped.map((row) => row.id)), qiProjectIds: new Set() };
}

/**
 * Demo accounts' passwords are printed by npm start, so anyone could read what a demo hub holds:
 * while any is enabled, only NHS numbers of the never-issued 999 test range may come in (the
 * synthetic town's and the sample files'), and a file with any other number is refused whole.
 */
export function guardDemoHub(importer: Importer, pseudonymise: (nhsNumber: string) => string): (nhsNumber: string) => string {
  if (importer.demoAccounts === 0) return pseudonymise;
  return (nhsNumber) => {
    if (!nhsNumber.startsWith('999')) {
      throw new ImportRefusedError(
        `nhs_number: this hub still has ${importer.demoAccounts} enabled demo account(s) whose passwords anyone can read, so it takes only test NHS numbers (999 range); disable the demo accounts (npm run user -- disable --email …) before importing real records`,
      );
    }
    return pseudonymise(nhsNumber);
  };
}
