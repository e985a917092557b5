/**
 * @module suggest-themes
 * Suggests themes for a harvest from Swedish text alone (issue #3). No external AI service:
 * Snowball stems plus character 4-grams → TF-IDF (sublinear tf, document-frequency cut-offs) →
 * LSA (randomized truncated SVD) → spherical k-means with seeded k-means++ and restarts, k chosen
 * by silhouette → themes named by their most distinctive words. The facilitator accepts, renames,
 * merges or splits what comes out; the suggestion is a starting point, not a verdict.
 *
 * @example
 * const { themes, unassignedIds } = suggestThemes(perspectives.map((p) => ({ id: p.id, text: p.text })));
 */
import { toFeatures, isWordFeature } from './features';
import { sphericalKMeans, type Clustering } from './kmeans';
import { lsaRows } from './lsa';
import { createPrng } from './prng';
import { createSilhouette } from './silhouette';
import { buildVocabulary, dotRow, tfidfRows, type SparseRows, type Vocabulary } from './tfidf';
import { labelClusters } from './theme-labels';
import { toLexemes } from './tokenize';

export interface HarvestDoc {
	id: string;
	/** Raw text, analysed with the built-in Swedish tokenizer and stemmer. */
	text?: string;
	/** Pre-computed lexemes, e.g. from PostgreSQL `to_tsvector('swedish', text)`; used when given. */
	lexemes?: string[];
}

export interface SuggestOptions {
	/** Number of themes; chosen automatically between 3 and maxK when absent. */
	k?: number;
	/** Seed for every random choice; the same docs and seed always give the same result. */
	seed?: number;
	/** Largest k tried when k is chosen automatically (default 10). */
	maxK?: number;
}

export interface SuggestedTheme {
	/** The top three distinctive words, comma-separated, as residents wrote them. */
	label: string;
	terms: string[];
	memberIds: string[];
	/** Up to three members closest to the theme's centre, best first. */
	representativeIds: string[];
}

export interface ThemeSuggestion {
	/** Largest theme first. */
	themes: SuggestedTheme[];
	/** Docs too short or too unlike every theme; the facilitator places them by hand. */
	unassignedIds: string[];
}

/** Docs with fewer known words than this do not shape the themes; they join afterwards. */
const MIN_WORDS_TO_FIT = 2;
/** A doc less similar than this to every theme centre stays unassigned. */
const MIN_SIMILARITY = 0.1;
const LSA_RANK = 50;
/** Choosing k runs many clusterings; samples keep that cheap for large harvests. */
const FIT_SAMPLE_FOR_K = 1200;
const SILHOUETTE_SAMPLE = 600;

function pickSample(rows: Int32Array, size: number, rng: () => number): Int32Array {
	if (rows.length <= size) return rows;
	const copy = Int32Array.from(rows);
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(rng() * (copy.length - i));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy.slice(0, size).sort();
}

/** Tries k = 3..maxK on a sample and keeps the k with the best silhouette. */
function chooseK(m: SparseRows, rows: Int32Array, maxK: number, rng: () => number): number {
	const fitRows = pickSample(rows, FIT_SAMPLE_FOR_K, rng);
	const silRows = pickSample(fitRows, SILHOUETTE_SAMPLE, rng);
	const position = new Map<number, number>();
	fitRows.forEach((r, i) => position.set(r, i));
	const silhouette = createSilhouette(m, silRows);
	let bestK = 3;
	let bestScore = -Infinity;
	for (let k = 3; k <= maxK; k++) {
		const c = sphericalKMeans(m, fitRows, k, rng, { restarts: 3, maxIterations: 25 });
		const score = silhouette(
			Int32Array.from(silRows, (r) => c.assignment[position.get(r)!]),
			k
		);
		if (score > bestScore) {
			bestScore = score;
			bestK = k;
		}
	}
	return bestK;
}

function docLexemes(docs: HarvestDoc[]): { lexemes: string[][]; surfaces: Map<string, Map<string, number>> } {
	const surfaces = new Map<string, Map<string, number>>();
	const lexemes = docs.map((doc) => {
		if (doc.lexemes) return doc.lexemes.map((l) => l.toLowerCase());
		return toLexemes(doc.text ?? '').map(({ lexeme, surface }) => {
			const forms = surfaces.get(lexeme) ?? new Map<string, number>();
			forms.set(surface, (forms.get(surface) ?? 0) + 1);
			surfaces.set(lexeme, forms);
			return lexeme;
		});
	});
	return { lexemes, surfaces };
}

function wordCount(m: SparseRows, vocab: Vocabulary, row: number): number {
	let count = 0;
	for (let j = m.indptr[row]; j < m.indptr[row + 1]; j++) if (isWordFeature(vocab.terms[m.indices[j]])) count++;
	return count;
}

/** Places every doc that has a known word at its nearest centre, if it is near enough. */
function assignAll(m: SparseRows, canJoin: boolean[], clustering: Clustering) {
	const n = canJoin.length;
	const cluster = new Int32Array(n).fill(-1);
	const sim = new Float64Array(n);
	for (let r = 0; r < n; r++) {
		if (!canJoin[r]) continue;
		let best = -Infinity;
		for (let c = 0; c < clustering.k; c++) {
			const s = dotRow(m, r, clustering.centroids, c * m.cols);
			if (s > best) {
				best = s;
				cluster[r] = c;
			}
		}
		sim[r] = best;
		if (best < MIN_SIMILARITY) cluster[r] = -1;
	}
	return { cluster, sim };
}

export function suggestThemes(docs: HarvestDoc[], options: SuggestOptions = {}): ThemeSuggestion {
	const rng = createPrng(options.seed ?? 1);
	const { lexemes, surfaces } = docLexemes(docs);
	const n = docs.length;
	// A term must recur to say something about a group; a term in most docs is the topic itself.
	const vocab = buildVocabulary(lexemes.map(toFeatures), { minDf: Math.max(2, Math.round(n / 2000)), maxDfRatio: 0.3 });
	const tfidf = tfidfRows(lexemes.map(toFeatures), vocab);
	const words = Array.from({ length: n }, (_, r) => wordCount(tfidf, vocab, r));
	const fitRows = Int32Array.from(docs.keys()).filter((r) => words[r] >= MIN_WORDS_TO_FIT);
	if (fitRows.length < 6) return { themes: [], unassignedIds: docs.map((d) => d.id) };

	const m = lsaRows(tfidf, Math.min(LSA_RANK, Math.floor(fitRows.length / 3)), rng);
	const maxK = Math.max(3, Math.min(options.maxK ?? 10, Math.floor(fitRows.length / 5)));
	const k = Math.max(1, Math.min(options.k ?? chooseK(m, fitRows, maxK, rng), fitRows.length));
	const restarts = fitRows.length > 3000 ? 3 : 8;
	const clustering = sphericalKMeans(m, fitRows, k, rng, { restarts, maxIterations: 30 });
	const { cluster, sim } = assignAll(
		m,
		words.map((w) => w > 0),
		clustering
	);

	const themes = labelClusters({ matrix: tfidf, vocab, surfaces, cluster, sim, k, ids: docs.map((d) => d.id) });
	const unassignedIds = docs.filter((_, r) => cluster[r] < 0).map((d) => d.id);
	return { themes, unassignedIds };
}
