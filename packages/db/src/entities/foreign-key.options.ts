/** The options every `references` clause of the migration needs on its `@ManyToOne`. */
export interface ForeignKeyOptions {
  fieldName: string;
  foreignKeyName: string;
  updateRule: 'no action';
  deleteRule: 'cascade' | 'no action';
}

/**
 * Maps a relation onto a foreign key exactly as the migration declares it. MikroORM's own
 * defaults differ from Postgres' (`_foreign` names, ON UPDATE CASCADE, SET NULL for nullable
 * keys), which would show up as drift in the schema comparison.
 */
export function foreignKey(table: string, column: string, onDelete: 'cascade' | 'no action' = 'no action'): ForeignKeyOptions {
  return { fieldName: column, foreignKeyName: `${table}_${column}_fkey`, updateRule: 'no action', deleteRule: onDelete };
}
