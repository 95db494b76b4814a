/**
 * A row's columns as [name, expression] pairs, so one list gives both a repository's select list
 * and the same row as one JSON object, for a list that joins it in (a referral's person).
 */
export type RowFields = readonly (readonly [name: string, expression: string])[];

export const selectList = (fields: RowFields): string => fields.map(([name, expression]) => `${expression} as ${name}`).join(', ');

export const jsonObject = (fields: RowFields): string => `json_build_object(${fields.map(([name, expression]) => `'${name}', ${expression}`).join(', ')})`;
