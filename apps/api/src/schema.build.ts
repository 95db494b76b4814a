import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, type ClassType, type NonEmptyArray } from 'type-graphql';
import { AccountResolver } from './access/account.resolver.js';
import { SingleSignOnResolver } from './access/oidc/oidc.resolver.js';
import { AggregateAnalyticsResolver } from './analytics/aggregate/aggregate-analytics.resolver.js';
import { KpiReportResolver } from './analytics/contract/kpi-report.resolver.js';
import { DataCoverageResolver } from './analytics/coverage/data-coverage.resolver.js';
import { ReferralFunnelResolver } from './analytics/funnel/referral-funnel.resolver.js';
import { OutcomeAnalyticsResolver } from './analytics/outcomes/outcome-analytics.resolver.js';
import { QiMeasureSpcResolver, ServiceSpcResolver } from './analytics/spc/spc-analytics.resolver.js';
import { UptakeAnalyticsResolver } from './analytics/uptake/uptake-analytics.resolver.js';
import { ContractResolver, KpiResolver, OrganisationResolver } from './organisation/organisation.resolver.js';
import { ImportResolver } from './import/import.resolver.js';
import { OutcomeResolver } from './outcome/outcome.resolver.js';
import { OutreachResolver } from './outreach/outreach.resolver.js';
import { PersonResolver } from './person/person.resolver.js';
import { ProgrammeResolver, ServiceResolver, VenueResolver } from './programme/programme.resolver.js';
import { QiEditResolver, QiForumMeetingResolver, QiMeasureEditResolver, QiProjectEditResolver } from './qi/qi-edit.resolver.js';
import { PdsaCycleResolver, QiAnnotationResolver, QiMeasureResolver, QiProjectResolver } from './qi/qi.resolver.js';
import { CodeListResolver, PopulationResolver } from './reference/reference.resolver.js';
import { AttendanceResolver } from './referral/attendance.resolver.js';
import { ProgrammeReferralCountResolver, ReferralResolver } from './referral/referral.resolver.js';
import { validateArgument } from './common/argument.validate.js';

/** Listed by hand rather than globbed, so the schema is the same under tsx, vitest and a bundler. */
const RESOLVERS: NonEmptyArray<ClassType> = [
  AccountResolver,
  SingleSignOnResolver,
  CodeListResolver,
  PopulationResolver,
  OrganisationResolver,
  ContractResolver,
  KpiResolver,
  ServiceResolver,
  ProgrammeResolver,
  VenueResolver,
  PersonResolver,
  ReferralResolver,
  ProgrammeReferralCountResolver,
  AttendanceResolver,
  OutcomeResolver,
  OutreachResolver,
  QiProjectResolver,
  QiMeasureResolver,
  PdsaCycleResolver,
  QiAnnotationResolver,
  QiEditResolver,
  QiProjectEditResolver,
  QiMeasureEditResolver,
  QiForumMeetingResolver,
  OutcomeAnalyticsResolver,
  UptakeAnalyticsResolver,
  AggregateAnalyticsResolver,
  ReferralFunnelResolver,
  ServiceSpcResolver,
  QiMeasureSpcResolver,
  KpiReportResolver,
  DataCoverageResolver,
  ImportResolver,
];

let built: GraphQLSchema | undefined;

/**
 * The hub's GraphQL schema, built once per process from the decorated classes. Inputs are
 * checked with class-validator before any resolver runs (common/argument.validate.ts).
 */
export function buildHubSchema(): GraphQLSchema {
  built ??= describeQueryRoot(
    buildSchemaSync({
      resolvers: RESOLVERS,
      validateFn: validateArgument,
    }),
  );
  return built;
}

/**
 * type-graphql has no way to describe the root Query type, so the description is set here, in
 * place: rebuilding the schema would construct graphql-js classes from this file's copy of
 * graphql, which a bundler (Vite, in the e2e harness) resolves to the ESM build while
 * type-graphql loads the CommonJS one, and graphql-js refuses to mix the two.
 */
function describeQueryRoot(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Everything the hub can be asked: records, code lists, counts and analytics. All queries only read.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      'Everything that changes something: sign-in and sign-out, API tokens, (for admins) accounts and settings, and (for QI leads and admins) QI projects, measures, PDSA cycles and the QI forum, and (for admins, service managers and QI leads, kind by kind) imports of files. Every change is audited.';
  return schema;
}
