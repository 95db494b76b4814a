import type { Orm } from '@hub/db';
import { DEFAULT_DISCLOSURE, mikroOrmRunner, type DisclosurePolicy } from '@hub/reporting';
import { createAnalyticsServices, createReportingAccess, type ReportingAccess } from '../analytics/analytics.services.js';
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
import { createQiLoaders } from '../qi/qi.loaders.js';
import { QiRepository } from '../qi/qi.repository.js';
import { QiService } from '../qi/qi.service.js';
import { createReferenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AttendanceRepository } from '../referral/attendance.repository.js';
import { AttendanceService } from '../referral/attendance.service.js';
import { ReferralCountService } from '../referral/referral-count.service.js';
import { createReferralLoaders } from '../referral/referral.loaders.js';
import { ReferralRepository } from '../referral/referral.repository.js';
import { ReferralService } from '../referral/referral.service.js';

export type HubLoaders = ReturnType<typeof createLoaders>;
export type HubServices = ReturnType<typeof createServices>;

/** Everything one GraphQL request works with. Nothing here outlives the request. */
export interface HubContext {
  em: HubEntityManager;
  loaders: HubLoaders;
  services: HubServices & { analytics: ReturnType<typeof createAnalyticsServices> };
  /** Disclosure control (DOMAIN §6) for everything below record level in this request. */
  disclosure: DisclosurePolicy;
}

export interface ContextOptions {
  /** Small counts are withheld unless a role that sees records switches it off. */
  disclosure?: DisclosurePolicy;
}

/**
 * A fresh context per request: its own EntityManager fork (no identity map shared between
 * users) and its own DataLoaders (no cached rows served to a later request). Analytics read
 * through the same fork's connection pool.
 */
export function createContext(orm: Orm, options: ContextOptions = {}): HubContext {
  const em = orm.em.fork();
  const disclosure = options.disclosure ?? DEFAULT_DISCLOSURE;
  const repositories = createRepositories(new SqlClient(em));
  const loaders = createLoaders(repositories);
  const access = createReportingAccess(mikroOrmRunner(em), disclosure);
  const analytics = createAnalyticsServices(access);
  return { em, loaders, services: { ...createServices(repositories, loaders, access), analytics }, disclosure };
}

type HubRepositories = ReturnType<typeof createRepositories>;

function createRepositories(sql: SqlClient) {
  return {
    reference: new ReferenceRepository(sql),
    organisations: new OrganisationRepository(sql),
    programmes: new ProgrammeRepository(sql),
    people: new PersonRepository(sql),
    referrals: new ReferralRepository(sql),
    attendance: new AttendanceRepository(sql),
    outcomes: new OutcomeRepository(sql),
    outreach: new OutreachRepository(sql),
    qi: new QiRepository(sql),
  };
}

function createLoaders(repositories: HubRepositories) {
  return {
    reference: createReferenceLoaders(repositories.reference),
    organisations: createOrganisationLoaders(repositories.organisations),
    programmes: createProgrammeLoaders(repositories.programmes),
    people: createPersonLoaders(repositories.people),
    referrals: createReferralLoaders(repositories.referrals, repositories.attendance),
    outcomes: createOutcomeLoaders(repositories.outcomes),
    outreach: createOutreachLoaders(repositories.outreach),
    qi: createQiLoaders(repositories.qi),
  };
}

function createServices(repositories: HubRepositories, loaders: ReturnType<typeof createLoaders>, access: ReportingAccess) {
  return {
    reference: new ReferenceService(repositories.reference, loaders.reference),
    organisations: new OrganisationService(repositories.organisations, loaders.organisations),
    programmes: new ProgrammeService(repositories.programmes, loaders.programmes),
    people: new PersonService(repositories.people, loaders.people),
    referrals: new ReferralService(repositories.referrals, loaders.referrals),
    referralCounts: new ReferralCountService(access),
    attendance: new AttendanceService(repositories.attendance, loaders.referrals),
    outcomes: new OutcomeService(repositories.outcomes, loaders.outcomes),
    outreach: new OutreachService(repositories.outreach, loaders.outreach),
    qi: new QiService(repositories.qi, loaders.qi),
  };
}
