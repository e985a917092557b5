/**
 * @module inbox: What waits for staff across their processes: perspectives to theme, routed inputs unanswered,
 * notices queued or failed, statements to moderate, milestones due. Read only; each section links to where one acts.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './load-inbox';
