export * from './database.launcher.js';
export * from './orm.js';
export { ormConfig } from './orm.config.js';
export { entities } from './entities/index.js';
