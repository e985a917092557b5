/**
 * @module learning: Learning (phase 8): the evaluation survey, lessons and the next loop.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './answer-evaluation';
export * from './load-learning';
export * from './manage-evaluation';
export * from './record-lessons';
export * from './start-next-loop';
export * from './load-public-learning';
