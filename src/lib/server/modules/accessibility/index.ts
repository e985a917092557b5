/**
 * @module accessibility: The organisation's accessibility statement (tillgänglighetsredogörelse) and reported
 * accessibility problems with their receipts. Routes import this module's actions from here, never its files or
 * its queries.
 */
export * from './statement';
export * from './report-problem';
