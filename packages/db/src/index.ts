export * from './database.launcher.js';
export * from './orm.js';
export { ormConfig } from './orm.config.js';
export * from './entities/index.js';
export { refreshRollups, refreshRollupsBehind, suspendReferralNotes, type CatchUp, type RefreshOptions, type SqlExecutor } from './rollup.refresh.js';
