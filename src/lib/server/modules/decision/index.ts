/**
 * @module decision: Decision and implementation (phase 6–7): the decision and its reasons per proposal, the memo declaration, implementation items, what the public sees.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './compose-declaration';
export * from './load-outcomes';
export * from './manage-implementation';
export * from './record-decision';
export * from './load-decision-pages';
export * from './load-public-outcomes';
