/**
 * @module Panel selection (sortition): fair lotteries over quota-meeting panels, and a public,
 * re-runnable draw. See README.md in this folder.
 */
export { parseCsv, normaliseKey } from './csv';
export { parseFeaturesCsv } from './parse-features';
export { parsePoolCsv, type PoolOptions } from './parse-pool';
export { buildInstance } from './instance';
export { checkFeasibility, type FeasibilityReport } from './feasibility';
export { describeChange, type QuotaChange } from './relaxation';
export { findDistribution, type DistributionOptions } from './find-distribution';
export { drawPanel, drawIndex, seededUniform, DRAW_PROCEDURE } from './draw';
export { buildVerification, normaliseFeatures, normalisePool, type Verification } from './verification';
export { sha256Hex } from './sha256';
export { gini, geometricMean, minimum } from './stats';
export type { Result } from './result';
export type * from './types';
