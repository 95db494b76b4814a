export * from './ward.reference.js';
export * from './population.reference.js';
export * from './organisation.reference.js';
export * from './kpi.reference.js';
export * from './programme.reference.js';
export * from './outreach.reference.js';
export * from './qi-project.reference.js';
export * from './qi-pdsa.reference.js';
