import type { GraphQLError } from 'graphql';
import { IMPORTING_ROLES, mayImport } from '@hub/import';
import { ForbiddenError, UnauthenticatedError } from '../access/access.errors.js';
import type { Viewer } from '../access/viewer.js';

/**
 * Why the viewer may not import, list or read imports, or null when they may. The roles are the
 * import package's, kind by kind (docs/methods.md, "Access and audit"); which kind a role may send
 * is checked again when the file is imported.
 */
export function importRefusal(viewer: Viewer): GraphQLError | null {
  if (!viewer.account) return new UnauthenticatedError();
  if (mayImport(viewer.account.role)) return null;
  const roles = [...new Set(Object.values(IMPORTING_ROLES).flat())].map((role) => role.replace('_', ' '));
  const open = `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;
  return new ForbiddenError(`Importing files is open to the roles ${open}; your role is ${viewer.account.role.replace('_', ' ')}.`);
}
