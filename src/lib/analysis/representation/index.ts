/**
 * @module representation
 * Public API of the representation analysis (issue #3): who has been heard, by channel and by each
 * self-description dimension, compared with the area's population from SCB statistics; small groups
 * suppressed. Pure: plain data in, plain data out.
 */
export { parsePxWebV1, parseJsonStat2, populationBy, populationByBand, V1_CONTENTS_DIMENSION } from './scb';
export type {
	BandOptions,
	BandPopulation,
	GroupPopulation,
	IgnoredCode,
	IgnoredReason,
	ScbDimension,
	ScbError,
	ScbErrorCode,
	ScbFilters,
	ScbRow,
	ScbTable,
	ScbValue,
	SplitCode
} from './scb';
export { parseAgeRange } from './age-codes';
export type { AgeRange } from './age-codes';
export { compareRepresentation, summariseChannels, summariseCounts, NOT_STATED, DEFAULT_THRESHOLDS } from './compare';
export type {
	CompareInput,
	CountSummary,
	GroupComparison,
	RepresentationComparison,
	RepresentationStatus,
	Thresholds
} from './compare';
export { suppressCounts } from './suppression';
export type { Suppression } from './suppression';
export { gapSentences, notStatedSentence } from './gap-sentences';
export type { GapSentenceOptions } from './gap-sentences';
export { formatShare } from './format';
export type { Locale } from './format';
