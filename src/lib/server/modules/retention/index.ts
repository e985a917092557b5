/**
 * @module retention: The records plan (dokumenthanteringsplan), disposal under it after a confirmed preview
 * (gallring, with disposal records kept for ever), and data-subject requests on the staff side (registerutdrag,
 * rättelse, radering). Routes import this module's actions from here, never its files or its queries.
 */
export * from './records-plan';
export * from './dispose-records';
export * from './subject-requests';
