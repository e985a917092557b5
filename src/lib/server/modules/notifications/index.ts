/**
 * @module notifications: Telling people what became of their voice: receipts, notices through the loop (one
 * per event and person, several as a digest, in each person's language) and the outbox that delivers them.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './load-outbox';
export * from './read-outbox';
export { dispatchNotices, DEFAULT_GATHER_MS, type DispatchOptions } from './dispatch-notices';
export { noticeAudience } from './queue-notices';
export { maskRecipient } from './queries/outbox';
export * from './preview-notices';
