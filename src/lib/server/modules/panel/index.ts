/**
 * @module panel: A panel drawn by lot: volunteers, quotas, the LEXIMIN lottery, the public draw, invitations, forgetting volunteers.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './add-volunteers';
export * from './draw-panel';
export * from './forget-panel-volunteers';
export * from './invite-panel';
export * from './manage-panel';
export * from './load-draw';
export * from './load-public-panel';
export * from './load-panel-pages';
