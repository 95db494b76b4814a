import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { ContractResolver, KpiResolver, OrganisationResolver } from './organisation/organisation.resolver.js';
import { OutcomeResolver } from './outcome/outcome.resolver.js';
import { OutreachResolver } from './outreach/outreach.resolver.js';
import { PersonResolver } from './person/person.resolver.js';
import { ProgrammeResolver, ServiceResolver, VenueResolver } from './programme/programme.resolver.js';
import { PdsaCycleResolver, QiAnnotationResolver, QiMeasureResolver, QiProjectResolver } from './qi/qi.resolver.js';
import { CodeListResolver, PopulationResolver } from './reference/reference.resolver.js';
import { AttendanceResolver } from './referral/attendance.resolver.js';
import { ProgrammeReferralCountResolver, ReferralResolver } from './referral/referral.resolver.js';

/** Listed by hand rather than globbed, so the schema is the same under tsx, vitest and a bundler. */
const RESOLVERS: NonEmptyArray<Function> = [
  CodeListResolver, PopulationResolver,
  OrganisationResolver, ContractResolver, KpiResolver,
  ServiceResolver, ProgrammeResolver, VenueResolver,
  PersonResolver,
  ReferralResolver, ProgrammeReferralCountResolver, AttendanceResolver,
  OutcomeResolver,
  OutreachResolver,
  QiProjectResolver, QiMeasureResolver, PdsaCycleResolver, QiAnnotationResolver,
];

let built: GraphQLSchema | undefined;

/**
 * The hub's GraphQL schema, built once per process from the decorated classes. Inputs are
 * checked with class-validator before any resolver runs.
 */
export function buildHubSchema(): GraphQLSchema {
  built ??= describeQueryRoot(
    buildSchemaSync({
      resolvers: RESOLVERS,
      validate: { forbidUnknownValues: false },
    }),
  );
  return built;
}

/** type-graphql has no way to describe the root Query type, so the description is added here. */
function describeQueryRoot(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const query = new GraphQLObjectType({
    ...config.query!.toConfig(),
    description: 'Everything the hub can be asked: records, code lists and counts. All queries only read.',
  });
  return new GraphQLSchema({ ...config, query, types: config.types.filter((type) => type.name !== 'Query') });
}
