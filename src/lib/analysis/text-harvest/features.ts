/**
 * @module features
 * Turns lexemes into clustering features: each word, plus its character 4-grams marked with '#'.
 * The n-grams let Swedish compounds and misspellings meet their parts — "simhallen", "simhal" and
 * "simskola" share "<sim" — without a compound dictionary. Labels use only the word features.
 */

export const NGRAM_PREFIX = '#';
const NGRAM = 4;

export function isWordFeature(feature: string): boolean {
	return !feature.startsWith(NGRAM_PREFIX);
}

export function toFeatures(lexemes: string[]): string[] {
	const out = [...lexemes];
	for (const lexeme of lexemes) {
		const padded = `<${lexeme}>`;
		for (let i = 0; i + NGRAM <= padded.length; i++) out.push(NGRAM_PREFIX + padded.slice(i, i + NGRAM));
	}
	return out;
}
