/**
 * @module identity: Who acts: staff sign-in (password, link, passkeys, second factor, OpenID Connect), verified residents, staff and roles, the organisation and its settings, organisations on the installation.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './configure-identity-provider';
export * from './configure-organisation';
export * from './manage-organisations';
export * from './manage-staff';
export * from './passkeys';
export * from './second-factor';
export * from './sign-in-link';
export * from './sign-in-staff-with-oidc';
export * from './sign-in-staff';
export * from './sign-out-staff';
export * from './verify-resident';
export * from './identify-request';
export * from './complete-sign-in';
export * from './staff-session';
export * from './resident-session';
export * from './cookie-jar';
export * from './load-staff-shell';
export * from './load-own-account';
export * from './load-organisation-admin';
export * from './load-platform';
export * from './load-privacy-notice';
export * from './api-tokens';
