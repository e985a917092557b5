/**
 * @module SCB statistics in, population per group out. The parsers turn either PxWeb shape into one
 * neutral table; the population functions sum that table into Medskapa's groups.
 */
export { parsePxWebV1, V1_CONTENTS_DIMENSION } from './scb-pxweb-v1';
export { parseJsonStat2 } from './scb-json-stat';
export { populationBy, populationByBand } from './population';
export type { BandOptions, BandPopulation, GroupPopulation, IgnoredCode, IgnoredReason, SplitCode } from './population';
export type { ScbDimension, ScbError, ScbErrorCode, ScbFilters, ScbRow, ScbTable, ScbValue } from './scb-table';
