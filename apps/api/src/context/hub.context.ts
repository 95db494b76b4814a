import type { Orm } from '@hub/db';
import { createReporting, mikroOrmRunner, type DisclosurePolicy } from '@hub/reporting';
import { ForbiddenError, UnauthenticatedError } from '../access/access.errors.js';
import { AccessRepository } from '../access/access.repository.js';
import { AccountService } from '../access/account.service.js';
import { AuditLog, RecordReadTrail } from '../access/audit.log.js';
import { RecordScope } from '../access/record.scope.js';
import { auditedReads } from '../access/record.audit.js';
import { scopeReporting } from '../access/reporting.scope.js';
import { ANONYMOUS, type Viewer } from '../access/viewer.js';
import { createAnalyticsServices, type ReportingAccess } from '../analytics/analytics.services.js';
import { SqlClient, type HubEntityManager } from '../common/sql.client.js';
import { createOrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { createOutcomeLoaders } from '../outcome/outcome.loaders.js';
import { OutcomeRepository } from '../outcome/outcome.repository.js';
import { OutcomeService } from '../outcome/outcome.service.js';
import { createOutreachLoaders } from '../outreach/outreach.loaders.js';
import { OutreachRepository } from '../outreach/outreach.repository.js';
import { OutreachService } from '../outreach/outreach.service.js';
import { createPersonLoaders } from '../person/person.loaders.js';
import { PersonRepository } from '../person/person.repository.js';
import { PersonService } from '../person/person.service.js';
import { createProgrammeLoaders } from '../programme/programme.loaders.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { QiEditAccess } from '../qi/qi-edit.access.js';
import { createQiEditLoaders } from '../qi/qi-edit.loaders.js';
import { QiEditRepository } from '../qi/qi-edit.repository.js';
import { QiEditService } from '../qi/qi-edit.service.js';
import { QiRecordService } from '../qi/qi-record.service.js';
import { createQiLoaders } from '../qi/qi.loaders.js';
import { QiRepository } from '../qi/qi.repository.js';
import { QiService } from '../qi/qi.service.js';
import { ImportRepository } from '../import/import.repository.js';
import { ImportService } from '../import/import.service.js';
import { createReferenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AttendanceRepository } from '../referral/attendance.repository.js';
import { AttendanceService } from '../referral/attendance.service.js';
import { ReferralCountService } from '../referral/referral-count.service.js';
import { createReferralLoaders } from '../referral/referral.loaders.js';
import { ReferralRepository } from '../referral/referral.repository.js';
import { ReferralService, type JoinedRows } from '../referral/referral.service.js';
import { lazyProperties, once } from '../common/lazy.js';

type HubServices = ReturnType<typeof openServices>;

/** Everything one GraphQL request works with. Nothing here outlives the request. */
export interface HubContext {
  em: HubEntityManager;
  /** Who is asking and what they may do (docs/methods.md, "Access and audit"). */
  viewer: Viewer;
  services: HubServices;
  /** Sign-in, tokens and, for admins, accounts: open to every caller, each method checks for itself. */
  accounts: AccountService;
  audit: AuditLog;
  /** Record-level reads of this request, written to the audit log when the response is sent. */
  recordReads: RecordReadTrail;
  /** Disclosure control for everything below record level in this request, chosen by the viewer's role. */
  disclosure: DisclosurePolicy;
  /** Imports of files and their runs: the roles that may import a kind, each method checks. */
  imports: ImportService;
}

/**
 * A fresh context per request: its own EntityManager fork (no identity map shared between
 * users) and its own DataLoaders (no cached rows served to a later request). This is the one
 * place access is decided: record repositories are built with the viewer's record scope,
 * reporting with its aggregate scope and disclosure policy, and a viewer without a grant gets
 * services that refuse every call, so a resolver cannot reach data its caller may not see.
 * Each part is built the first time a resolver reads it, still for this request alone, so a
 * request pays only for what it uses.
 */
export function createContext(orm: Orm, viewer: Viewer = ANONYMOUS, pseudonymKey: string | null = null, em: HubEntityManager = orm.em.fork()): HubContext {
  const sql = new SqlClient(em);
  const recordReads = new RecordReadTrail();
  const audit = once(() => new AuditLog(sql));
  return new RequestContext(em, viewer, recordReads, {
    services: once(() => createServices(em, sql, viewer, recordReads)),
    accounts: once(() => new AccountService(new AccessRepository(sql), audit(), viewer)),
    audit,
    imports: once(() => importService(orm, sql, viewer, recordReads, pseudonymKey)),
  });
}

type LazyParts = { [Part in 'services' | 'accounts' | 'audit' | 'imports']: () => HubContext[Part] };

/**
 * The built parts are getters on the prototype, not own properties: Apollo copies a context's
 * own properties into each operation's context, and copying would build every part at once.
 */
class RequestContext implements HubContext {
  readonly disclosure: DisclosurePolicy;

  constructor(
    readonly em: HubEntityManager,
    readonly viewer: Viewer,
    readonly recordReads: RecordReadTrail,
    private readonly parts: LazyParts,
  ) {
    this.disclosure = viewer.grants.disclosure;
  }

  get services(): HubServices {
    return this.parts.services();
  }

  get accounts(): AccountService {
    return this.parts.accounts();
  }

  get audit(): AuditLog {
    return this.parts.audit();
  }

  get imports(): ImportService {
    return this.parts.imports();
  }
}

/** A service manager reads only the imports they made; the reads are audited like other record reads. */
function importService(orm: Orm, sql: SqlClient, viewer: Viewer, reads: RecordReadTrail, pseudonymKey: string | null): ImportService {
  const ownOnly = viewer.account && viewer.account.role !== 'admin' ? viewer.account.id : null;
  const repository = auditedReads(new ImportRepository(sql, ownOnly), 'imports', reads);
  return new ImportService(viewer, repository, { databaseUrl: () => orm.config.get('clientUrl') ?? '', pseudonymKey });
}

function createServices(em: HubEntityManager, sql: SqlClient, viewer: Viewer, reads: RecordReadTrail): HubServices {
  const { grants } = viewer;
  const signedIn = viewer.account !== null;
  if (grants.aggregates === 'none') {
    const refusal = signedIn ? () => new ForbiddenError("Your role gives no access to the hub's data.") : () => new UnauthenticatedError();
    return refuseAll<HubServices>(refusal);
  }
  const access = once((): ReportingAccess => {
    // Aggregates may trail writes by the replica's lag; records, sessions and writes stay on the primary (README: Read replica).
    const runner = mikroOrmRunner(em, 'read');
    return { runner, reporting: scopeReporting(createReporting(runner), grants, runner), disclosure: grants.disclosure };
  });
  return openServices(sql, access, viewer, reads);
}

function openServices(sql: SqlClient, access: () => ReportingAccess, viewer: Viewer, reads: RecordReadTrail) {
  const qi = once(() => new QiRepository(sql));
  const qiEdit = once(() => qiEditServices(sql, viewer, qi()));
  const programmes = once(() => {
    const repository = new ProgrammeRepository(sql);
    return new ProgrammeService(repository, createProgrammeLoaders(repository));
  });
  const records = once(() => recordServices(sql, viewer, reads, programmes));
  return lazyProperties({
    reference: () => {
      const reference = new ReferenceRepository(sql);
      return new ReferenceService(reference, createReferenceLoaders(reference));
    },
    organisations: () => {
      const organisations = new OrganisationRepository(sql);
      return new OrganisationService(organisations, createOrganisationLoaders(organisations), viewer.grants.contracts);
    },
    programmes,
    outreach: () => {
      const outreach = new OutreachRepository(sql, new RecordScope(viewer.grants.aggregates === 'none' ? [] : viewer.grants.aggregates));
      return new OutreachService(outreach, createOutreachLoaders(outreach));
    },
    qi: () => new QiService(qi(), createQiLoaders(qi())),
    qiEdit: () => qiEdit().qiEdit,
    qiRecords: () => qiEdit().qiRecords,
    referralCounts: () => new ReferralCountService(access()),
    analytics: () =>
      createAnalyticsServices(access(), async (programmeIds) =>
        (await qi().serviceChartCycles(programmeIds)).map((row) => ({
          cycleId: row.cycle_id,
          projectId: row.project_id,
          projectTitle: row.project_title,
          sequence: row.sequence,
          changeIdea: row.change_idea,
          startedOn: row.started_on,
          endedOn: row.ended_on,
        })),
      ),
    people: () => records().people,
    referrals: () => records().referrals,
    attendance: () => records().attendance,
    outcomes: () => records().outcomes,
  });
}

/** QI editing: projects, measures and values (qiEdit); PDSA cycles, annotations and the forum (qiRecords). */
function qiEditServices(sql: SqlClient, viewer: Viewer, reads: QiRepository) {
  const access = new QiEditAccess(viewer, sql);
  const loaders = createQiEditLoaders(new QiEditRepository(sql));
  const qiEdit = new QiEditService(viewer, sql, access, loaders);
  return { qiEdit, qiRecords: new QiRecordService(viewer, qiEdit, access, reads, loaders) };
}

/** People, referrals, attendance and outcome measurements: person-level, so scoped, audited, or refused. */
function recordServices(sql: SqlClient, viewer: Viewer, reads: RecordReadTrail, programmes: () => ProgrammeService) {
  const reach = viewer.grants.records;
  if (reach === 'none' || (reach !== 'all' && reach.length === 0)) {
    const role = viewer.account?.role.replace('_', ' ') ?? 'the published view';
    const refusal = () =>
      reach === 'none'
        ? new ForbiddenError(
            `Person-level records (people, referrals, attendance, outcome measurements) are not open to ${role}; figures below record level are.`,
          )
        : new ForbiddenError('Your account reaches no service or programme yet: ask an admin to add your services or contracts to its scope.');
    return {
      people: refuseAll<PersonService>(refusal),
      referrals: refuseAll<ReferralService>(refusal),
      attendance: refuseAll<AttendanceService>(refusal),
      outcomes: refuseAll<OutcomeService>(refusal),
    };
  }
  const scope = new RecordScope(reach);
  const people = auditedReads(new PersonRepository(sql, scope), 'people', reads);
  const referrals = auditedReads(new ReferralRepository(sql, scope), 'referrals', reads);
  const attendance = auditedReads(new AttendanceRepository(sql, scope), 'attendance', reads);
  const outcomes = auditedReads(new OutcomeRepository(sql, scope), 'outcome measurements', reads);
  const referralLoaders = createReferralLoaders(referrals, attendance);
  const personService = new PersonService(people, createPersonLoaders(people));
  // People joined into a page of referrals are audited as the person loader would have noted them.
  const joined: JoinedRows = {
    people: (rows) => {
      reads.note('people.byIds', rows.length, { ids: rows.length });
      personService.prime(rows);
    },
    programmes: (rows) => programmes().prime(rows),
    // A history fetched with its referral is audited as the history loader would have noted it.
    statusHistory: (rows) => reads.note('referrals.statusHistory', rows.length, { ids: 1 }),
  };
  return {
    people: personService,
    referrals: new ReferralService(referrals, referralLoaders, joined),
    attendance: new AttendanceService(attendance, referralLoaders),
    outcomes: new OutcomeService(outcomes, createOutcomeLoaders(outcomes)),
  };
}

/**
 * What a caller without the grant gets instead of a service (or a group of services): every
 * method, however deep, returns a rejected promise with the refusal.
 */
function refuseAll<T>(refusal: () => Error): T {
  const handler: ProxyHandler<() => void> = {
    get: (_target, property) => (property === 'then' ? undefined : refuseAll(refusal)),
    apply: () => Promise.reject(refusal()),
  };
  return new Proxy(() => {}, handler) as T;
}
