/**
 * @module registration: The register (diarium): the organisation's number format, registering a process and
 * its key records, the register export and the records system's API. Routes import this module's actions from
 * here, never its files or its queries.
 */
export * from './register';
export * from './export-register';
