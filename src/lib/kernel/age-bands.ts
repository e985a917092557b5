/** @module The shared kernel: the age bands used everywhere a self-description or population is counted. */
export const AGE_BANDS = ['16-24', '25-44', '45-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
