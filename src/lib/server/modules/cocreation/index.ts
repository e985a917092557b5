/**
 * @module cocreation: Co-creation (phase 4–5): the working group, its sessions and harvest, proposals, dots and assessments, commitments, members signing in.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './compose-working-group';
export * from './draft-proposal';
export * from './load-cocreation';
export * from './load-working-group';
export * from './manage-commitments';
export * from './prioritise-proposals';
export * from './run-session';
export * from './sign-in-member';
export * from './load-staff-working-group';
export * from './load-public-working-group';
