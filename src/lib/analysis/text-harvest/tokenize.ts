/**
 * @module tokenize
 * Turns Swedish free text into tokens and lexemes. Lexemes are Snowball stems of the non-stop
 * tokens, so "fotbollsplanen" and "fotbollsplaner" count as one term. The surface form of each
 * token is kept so a theme can be shown as words people wrote, not as stems.
 */
import { isStopWord } from './stop-words';
import { stemSwedish } from './swedish-stemmer';

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
/** Runs of letters in any script (Arabic, Finnish …); digits and punctuation separate tokens. */
const LETTERS = /\p{L}+/gu;

/** Lowercase letter tokens in reading order; URLs, e-mail addresses and numbers are dropped. */
export function tokenize(text: string): string[] {
	const cleaned = text.replace(URL_OR_EMAIL, ' ').toLowerCase();
	return cleaned.match(LETTERS) ?? [];
}

export interface Lexeme {
	/** The stem used as the term in analysis. */
	lexeme: string;
	/** The lowercase word as written, for labels. */
	surface: string;
}

/** Content-bearing lexemes of a text: no stop words, no single letters. */
export function toLexemes(text: string): Lexeme[] {
	const out: Lexeme[] = [];
	for (const token of tokenize(text)) {
		if (token.length < 2 || isStopWord(token)) continue;
		const lexeme = stemSwedish(token);
		if (lexeme.length < 2 || isStopWord(lexeme)) continue;
		out.push({ lexeme, surface: token });
	}
	return out;
}
