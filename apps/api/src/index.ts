import 'reflect-metadata';

export { createServer, startApi, type HubServer, type RunningApi, type ServerOptions } from './server.js';
export { buildHubSchema } from './schema.build.js';
export { printHubSchema } from './schema.print.js';
export { createContext, type HubContext } from './context/hub.context.js';
