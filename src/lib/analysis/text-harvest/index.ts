/**
 * @module text-harvest
 * Public API of the text-harvest engine: theme suggestion, personal-data redaction and the
 * Swedish text primitives they are built on. Pure: plain data in, plain data out.
 */
export { suggestThemes } from './suggest-themes';
export type { HarvestDoc, SuggestOptions, SuggestedTheme, ThemeSuggestion } from './suggest-themes';
export { findPersonalData, redactPersonalData, isLuhnValid, REDACTION } from './personal-data';
export type { PersonalDataKind, PersonalDataMatch } from './personal-data';
export { tokenize, toLexemes } from './tokenize';
export type { Lexeme } from './tokenize';
export { stemSwedish } from './swedish-stemmer';
export { STOP_WORDS, isStopWord } from './stop-words';
