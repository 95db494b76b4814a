import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isScalarType, isSpecifiedScalarType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from './schema.build.js';
import { SCHEMA_FILE, printHubSchema } from './schema.print.js';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` to regenerate)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `npm run schema` in apps/api to regenerate it').toBe(printHubSchema());
  });
});

describe('descriptions', () => {
  const ownTypes = Object.values(buildHubSchema().getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !(isScalarType(type) && isSpecifiedScalarType(type)),
  );

  it('describe every type, field, argument and enum value', () => {
    const missing = ownTypes.flatMap(undescribedParts);
    expect(missing).toEqual([]);
  });

  it('keep the dashboard contract for referral counts', () => {
    const schema = buildHubSchema();
    const query = schema.getQueryType()!.getFields();
    expect(String(query.referralsPerMonth.type)).toBe('[MonthlyReferralCount!]!');
    expect(String(query.referralsByProgramme.type)).toBe('[ProgrammeReferralCount!]!');
    expect(String(query.programmes.type)).toBe('[Programme!]!');
    expect(String(query.referrals.type)).toBe('ReferralConnection!');
    expect(query.referrals.args.map((arg) => `${arg.name}: ${String(arg.type)}`).sort()).toEqual(['after: String', 'filter: ReferralFilter', 'first: Int']);
    expect(query.referrals.args.find((arg) => arg.name === 'first')?.defaultValue).toBe(20);
    const programme = schema.getType('Programme');
    expect(isObjectType(programme) && Object.keys(programme.getFields())).toEqual(expect.arrayContaining(['id', 'code', 'name', 'durationWeeks', 'service']));
  });
});

function undescribedParts(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}
