/**
 * @module process: A dialogue process: create, revise, publish, move through the eight phases; the shared first step of staff use cases.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './advance-process-phase';
export * from './create-process';
export * from './load-process-for-staff';
export * from './process-input';
export * from './publish-process';
export * from './revise-process';
export * from './load-process-overview';
export * from './load-process-list';
export * from './load-public-process';
export * from './load-process-for-revision';
