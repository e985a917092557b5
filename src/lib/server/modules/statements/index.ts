/**
 * @module statements: Statements and the opinion map: staff manage and moderate statements; participants vote and propose.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './manage-statements';
export * from './take-part-in-statements';
export * from './vote-limits';
export * from './load-statements-page';
