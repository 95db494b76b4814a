import 'reflect-metadata';

export { apiOrmOptions, createServer, startApi, type ApiOptions, type ExtraRoute, type HubServer, type RunningApi, type ServerOptions } from './server.js';
export { buildHubSchema } from './schema.build.js';
export { printHubSchema } from './schema.print.js';
export { createContext, type HubContext } from './context/hub.context.js';
export { accountAdmin } from './access/account.admin.js';
export { SESSION_COOKIE } from './access/authenticate.js';
export { ROLES, type Role } from './access/access.policy.js';
export type { Viewer } from './access/viewer.js';
