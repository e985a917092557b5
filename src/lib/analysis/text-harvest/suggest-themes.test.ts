import { describe, expect, it } from 'vitest';
import corpus from '../../server/seed/content/theme-test-corpus.json';
import { createPrng } from './prng';
import { suggestThemes, type ThemeSuggestion } from './suggest-themes';
import { toLexemes } from './tokenize';

const docs = corpus.map((d, i) => ({ id: String(i), text: d.text }));
const labelOf = (id: string) => corpus[Number(id)].label;

/** Share of assigned docs whose theme's majority label is their own label. */
function purity(result: ThemeSuggestion): number {
	let majority = 0;
	let assigned = 0;
	for (const theme of result.themes) {
		const counts = new Map<string, number>();
		for (const id of theme.memberIds) counts.set(labelOf(id), (counts.get(labelOf(id)) ?? 0) + 1);
		majority += Math.max(...counts.values());
		assigned += theme.memberIds.length;
	}
	return majority / assigned;
}

/** Adjusted Rand index between the labels and the suggested themes, over assigned docs. */
function adjustedRand(result: ThemeSuggestion): number {
	const pairs = (x: number) => (x * (x - 1)) / 2;
	const cells = new Map<string, number>();
	const rows = new Map<string, number>();
	const cols = new Map<number, number>();
	let n = 0;
	result.themes.forEach((theme, c) => {
		for (const id of theme.memberIds) {
			const label = labelOf(id);
			cells.set(`${label}|${c}`, (cells.get(`${label}|${c}`) ?? 0) + 1);
			rows.set(label, (rows.get(label) ?? 0) + 1);
			cols.set(c, (cols.get(c) ?? 0) + 1);
			n++;
		}
	});
	const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, v) => s + pairs(v), 0);
	const index = sum(cells);
	const expected = (sum(rows) * sum(cols)) / pairs(n);
	const max = (sum(rows) + sum(cols)) / 2;
	return (index - expected) / (max - expected);
}

describe('suggestThemes on the labelled Solbacka leisure corpus', () => {
	// Short texts make single runs noisy, so quality is judged as the mean over three seeds.
	const seeds = [1, 2, 3];
	const autoRuns = seeds.map((seed) => suggestThemes(docs, { seed }));
	const sixRuns = seeds.map((seed) => suggestThemes(docs, { k: 6, seed }));
	const auto = autoRuns[0];
	const mean = (runs: ThemeSuggestion[], f: (r: ThemeSuggestion) => number) =>
		runs.reduce((s, r) => s + f(r), 0) / runs.length;

	it('accounts for every doc exactly once', () => {
		for (const result of [...autoRuns, ...sixRuns]) {
			const ids = [...result.themes.flatMap((t) => t.memberIds), ...result.unassignedIds];
			expect(ids.sort()).toEqual(docs.map((d) => d.id).sort());
		}
	});

	it('finds themes that mostly follow the human labels (measured mean: purity 0.58, ARI 0.21)', () => {
		for (const run of autoRuns) {
			expect(run.themes.length).toBeGreaterThanOrEqual(3);
			expect(run.themes.length).toBeLessThanOrEqual(10);
			expect(run.unassignedIds.length).toBeLessThanOrEqual(docs.length * 0.06);
		}
		expect(mean(autoRuns, purity)).toBeGreaterThanOrEqual(0.54);
		expect(mean(autoRuns, adjustedRand)).toBeGreaterThanOrEqual(0.17);
	});

	it('with k = 6 given, matches the six labels clearly better than chance (measured mean: purity 0.50, ARI 0.20)', () => {
		for (const run of sixRuns) expect(run.themes).toHaveLength(6);
		expect(mean(sixRuns, purity)).toBeGreaterThanOrEqual(0.46);
		expect(mean(sixRuns, adjustedRand)).toBeGreaterThanOrEqual(0.15);
	});

	it('labels themes with words people wrote and picks members as representatives', () => {
		for (const theme of auto.themes) {
			expect(theme.label.length).toBeGreaterThan(0);
			expect(theme.terms.length).toBeGreaterThan(0);
			expect(theme.representativeIds.length).toBeGreaterThan(0);
			for (const id of theme.representativeIds) expect(theme.memberIds).toContain(id);
		}
		const allTerms = auto.themes.flatMap((t) => t.terms);
		// surface forms, not stems: "simhallen"/"simma", never the stem "simm"
		expect(allTerms).not.toContain('simm');
		expect(allTerms.some((t) => /^(sim|bad)/.test(t))).toBe(true);
	});

	it('puts empty and very short texts among the unassigned', () => {
		const result = suggestThemes(
			[...docs, { id: 'empty', text: '' }, { id: 'dots', text: '!!! ...' }, { id: 'stop', text: 'int dä å' }],
			{ seed: 1 }
		);
		expect(result.unassignedIds).toEqual(expect.arrayContaining(['empty', 'dots', 'stop']));
	});

	it('does not single out the minority theme (12 of 228 texts) — a known limitation', () => {
		// Measured honestly: "aldre-motion" never dominates a cluster; its texts spread over themes
		// about swimming, nature and leisure in general. Pinned so an improvement shows up here.
		const minorityLed = autoRuns.flatMap((run) =>
			run.themes.filter(
				(t) => t.memberIds.filter((id) => labelOf(id) === 'aldre-motion').length / t.memberIds.length > 0.5
			)
		);
		expect(minorityLed.length).toBe(0);
	});
});

describe('suggestThemes behaviour', () => {
	it('is deterministic for a given seed', () => {
		const a = suggestThemes(docs, { seed: 7 });
		const b = suggestThemes(docs, { seed: 7 });
		expect(b).toEqual(a);
	});

	it('accepts pre-computed lexemes instead of text (as from to_tsvector)', () => {
		const lexemeDocs = docs.map((d) => ({ id: d.id, lexemes: toLexemes(d.text).map((l) => l.lexeme) }));
		const result = suggestThemes(lexemeDocs, { k: 6, seed: 1 });
		expect(result.themes).toHaveLength(6);
		expect(purity(result)).toBeGreaterThanOrEqual(0.4);
		// without text there are no written forms, so labels are shown as lexemes
		expect(result.themes.flatMap((t) => t.terms)).toEqual(expect.arrayContaining([expect.any(String)]));
	});

	it('returns everything unassigned when there is too little text', () => {
		const result = suggestThemes([
			{ id: 'a', text: 'padel' },
			{ id: 'b', text: 'simhall' }
		]);
		expect(result.themes).toEqual([]);
		expect(result.unassignedIds).toEqual(['a', 'b']);
	});

	it('handles 10,000 docs (resampled from the corpus; time is reported by the bench, not asserted)', () => {
		const rng = createPrng(42);
		const big = Array.from({ length: 10_000 }, (_, i) => {
			const words = corpus[Math.floor(rng() * corpus.length)].text.split(' ');
			return { id: `d${i}`, text: words.slice(0, words.length - Math.floor(rng() * 3)).join(' ') };
		});
		const result = suggestThemes(big, { seed: 3 });
		const assigned = result.themes.reduce((s, t) => s + t.memberIds.length, 0);
		expect(assigned + result.unassignedIds.length).toBe(10_000);
		expect(result.themes.length).toBeGreaterThanOrEqual(3);
	});
});
