import type { GraphQLError } from 'graphql';
import type { Role } from '../access/access.policy.js';
import { ForbiddenError, UnauthenticatedError } from '../access/access.errors.js';
import type { Viewer } from '../access/viewer.js';

/** Admins import for every service; service managers for their scope (docs/methods.md, "Access and audit"). */
const IMPORTING_ROLES: readonly Role[] = ['admin', 'service_manager'];

/** Why the viewer may not import, list or read imports, or null when they may. */
export function importRefusal(viewer: Viewer): GraphQLError | null {
  if (!viewer.account) return new UnauthenticatedError();
  if (IMPORTING_ROLES.includes(viewer.account.role)) return null;
  return new ForbiddenError(`Importing files is open to admins and service managers; your role is ${viewer.account.role.replace('_', ' ')}.`);
}
