/**
 * @module swedish-stemmer
 * The Snowball Swedish stemmer, written from the published algorithm description
 * (snowballstem.org/algorithms/swedish/stemmer.html, the classic version that PostgreSQL's
 * `swedish_stem` dictionary uses). Keeping it in TypeScript lets the harvest engine run without
 * a database; the server may instead feed lexemes from `to_tsvector('swedish', …)` and get the
 * same stems.
 *
 * @example stemSwedish('fotbollsplanerna') // 'fotbollsplan'
 */

const VOWELS = new Set('aeiouyäåö');
/** Letters after which a final -s is an inflection, not part of the word stem. */
const S_ENDINGS = new Set('bcdfghjklmnoprtvy');

/** Step 1 suffixes, longest first so the first one that fits in R1 is the longest match. */
const MAIN_SUFFIXES = [
	'heterna',
	'hetens',
	'anden',
	'heten',
	'heter',
	'arnas',
	'ernas',
	'ornas',
	'andes',
	'arens',
	'andet',
	'arna',
	'erna',
	'orna',
	'ande',
	'arne',
	'aste',
	'aren',
	'ades',
	'erns',
	'ade',
	'are',
	'ern',
	'ens',
	'het',
	'ast',
	'ad',
	'en',
	'ar',
	'er',
	'or',
	'as',
	'es',
	'at',
	'a',
	'e'
].sort((a, b) => b.length - a.length);

const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/** R1 starts after the first non-vowel that follows a vowel, but never before the 4th letter. */
function regionOne(word: string): number {
	for (let i = 1; i < word.length; i++) {
		if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(i + 1, 3);
	}
	return word.length;
}

function fitsInRegion(word: string, suffix: string, r1: number): boolean {
	return word.length - suffix.length >= r1 && word.endsWith(suffix);
}

function mainSuffix(word: string, r1: number): string {
	for (const suffix of MAIN_SUFFIXES) {
		if (fitsInRegion(word, suffix, r1)) return word.slice(0, -suffix.length);
	}
	// The letter before -s may lie outside R1; only the -s itself must be inside.
	if (fitsInRegion(word, 's', r1) && word.length >= 2 && S_ENDINGS.has(word[word.length - 2])) {
		return word.slice(0, -1);
	}
	return word;
}

function consonantPair(word: string, r1: number): string {
	for (const pair of CONSONANT_PAIRS) {
		if (fitsInRegion(word, pair, r1)) return word.slice(0, -1);
	}
	return word;
}

function otherSuffix(word: string, r1: number): string {
	if (fitsInRegion(word, 'fullt', r1)) return word.slice(0, -1);
	if (fitsInRegion(word, 'löst', r1)) return word.slice(0, -1);
	for (const suffix of ['lig', 'els', 'ig']) {
		if (fitsInRegion(word, suffix, r1)) return word.slice(0, -suffix.length);
	}
	return word;
}

/** Stems one lowercase word. Words shorter than three letters are returned unchanged. */
export function stemSwedish(word: string): string {
	if (word.length < 3) return word;
	// R1 is fixed on the original word; later steps only shorten the word, never move R1.
	const r1 = regionOne(word);
	let w = mainSuffix(word, r1);
	w = consonantPair(w, r1);
	return otherSuffix(w, r1);
}
