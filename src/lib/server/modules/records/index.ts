/**
 * @module records: Records and personal data: exports and the archive package, the data protection impact assessment, residents managing their own data, retention.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './assess-data-protection';
export * from './export-archive-package';
export * from './export-process-records';
export * from './manage-own-data';
export * from './purge-expired-contacts';
export * from './load-audit-log';
export * from './load-receipt-page';
export * from './read-audit-log';
