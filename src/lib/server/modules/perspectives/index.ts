/**
 * @module perspectives: Perspectives (phase 2–3): submitted by residents, recorded by staff and from interviews, harvested into themes and tensions, the published report, following a receipt, representation against the population.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './follow-perspective';
export * from './harvest-perspective';
export * from './import-population';
export * from './link-tension';
export * from './manage-themes';
export * from './publish-perspective-report';
export * from './record-interview';
export * from './record-perspective';
export * from './resend-receipts';
export * from './submit-perspective';
export * from './suggest-process-themes';
export * from './load-public-perspectives';
export * from './load-perspective-pages';
export * from './read-perspectives-for-staff-api';
