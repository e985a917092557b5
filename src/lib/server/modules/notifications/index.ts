/**
 * @module notifications: Telling people what became of their voice: messages to contributors through the outbox.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './notify-contributors';
export * from './load-outbox';
export * from './read-outbox';
export * from './preview-notices';
