import { describe, expect, it } from 'vitest';
import villagePerspectives from './village-perspectives.json';
import villageThemes from './village-themes.json';
import villageTensions from './village-tensions.json';
import safetyPerspectives from './safety-perspectives.json';
import safetyThemes from './safety-themes.json';
import themeTestCorpus from './theme-test-corpus.json';
import themeTestLabels from './theme-test-labels.json';
import methods from './methods.json';

const CHANNELS = ['web', 'interview', 'popup', 'phone', 'sms', 'paper', 'meeting', 'walk'];
const AGE_BANDS = ['16-24', '25-44', '45-64', '65+'];
const AREAS = ['Lillby centrum', 'Norra Lillby', 'Landsbygden runt Lillby'];
const RELATIONS = ['lives', 'works', 'association', 'other'];
const LEVELS = ['information', 'consultation', 'dialogue', 'partnership'];
const PHASES = [
	'preparation',
	'collection',
	'compilation',
	'cocreation',
	'proposals',
	'decision',
	'implementation',
	'learning'
];
const ACTIVITY_KINDS = [
	'interviews',
	'popup',
	'web-collection',
	'statements',
	'session',
	'panel-selection',
	'walk',
	'survey',
	'budget'
];
const PERSPECTIVE_KEYS = [
	'text',
	'channel',
	'theme',
	'ageBand',
	'area',
	'relation',
	'isQuote',
	'daysAgo',
	'contact',
	'shouldHide',
	'hideReason'
];

type Perspective = (typeof villagePerspectives)[number] & { shouldHide?: boolean; hideReason?: string };
type Theme = { key: string; name: string; description: string };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function checkPerspectives(items: Perspective[], themes: Theme[]) {
	const themeKeys = new Set(themes.map((t) => t.key));
	for (const p of items) {
		for (const key of Object.keys(p)) expect(PERSPECTIVE_KEYS, `unknown key ${key}`).toContain(key);
		expect(typeof p.text).toBe('string');
		const words = wordCount(p.text);
		expect(words, p.text).toBeGreaterThanOrEqual(2);
		expect(words, p.text).toBeLessThanOrEqual(120);
		expect(CHANNELS).toContain(p.channel);
		expect(themeKeys.has(p.theme), `theme ${p.theme}`).toBe(true);
		if (p.ageBand !== undefined) expect(AGE_BANDS).toContain(p.ageBand);
		if (p.area !== undefined) expect(AREAS).toContain(p.area);
		if (p.relation !== undefined) expect(RELATIONS).toContain(p.relation);
		if (p.isQuote !== undefined) expect(p.isQuote).toBe(true);
		expect(Number.isInteger(p.daysAgo)).toBe(true);
		expect(p.daysAgo).toBeGreaterThanOrEqual(20);
		expect(p.daysAgo).toBeLessThanOrEqual(120);
		if (p.contact !== undefined) expect(p.contact.email).toMatch(/^[a-z0-9.-]+@example\.(se|com)$/);
		if (p.shouldHide !== undefined) {
			expect(p.shouldHide).toBe(true);
			expect(p.hideReason?.length).toBeGreaterThan(5);
		}
	}
	const texts = items.map((p) => p.text);
	expect(new Set(texts).size, 'duplicate texts').toBe(texts.length);
}

function checkThemes(themes: Theme[]) {
	for (const t of themes) {
		expect(t.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
		expect(t.name.length).toBeGreaterThan(3);
		expect(t.description.length).toBeGreaterThan(20);
	}
	expect(new Set(themes.map((t) => t.key)).size).toBe(themes.length);
}

describe('village integration case (Lillby)', () => {
	const items = villagePerspectives as Perspective[];

	it('has at least 170 well-formed perspectives over ~7 themes', () => {
		expect(items.length).toBeGreaterThanOrEqual(170);
		checkThemes(villageThemes);
		expect(villageThemes.length).toBeGreaterThanOrEqual(6);
		expect(villageThemes.length).toBeLessThanOrEqual(8);
		checkPerspectives(items, villageThemes);
		for (const t of villageThemes)
			expect(items.filter((p) => p.theme === t.key).length, t.key).toBeGreaterThanOrEqual(10);
	});

	it('marks exactly three perspectives for moderation, with reasons', () => {
		expect(items.filter((p) => p.shouldHide).length).toBe(3);
	});

	it('has about 15 quotes and about 20 contributors who left an e-mail', () => {
		const quotes = items.filter((p) => p.isQuote).length;
		expect(quotes).toBeGreaterThanOrEqual(12);
		expect(quotes).toBeLessThanOrEqual(20);
		const contacts = items.filter((p) => p.contact).length;
		expect(contacts).toBeGreaterThanOrEqual(17);
		expect(contacts).toBeLessThanOrEqual(24);
	});

	it('under-represents young people, as a gap analysis should reveal', () => {
		const byAge = (band: string) => items.filter((p) => p.ageBand === band).length;
		const withAge = items.filter((p) => p.ageBand).length;
		// 16–24 are roughly 12–15 % of a village's adult population; here they must be clearly fewer
		expect(byAge('16-24') / withAge).toBeLessThan(0.09);
		expect(byAge('16-24')).toBeGreaterThanOrEqual(5);
		expect(byAge('45-64') + byAge('65+')).toBeGreaterThan(withAge / 2);
		expect(byAge('45-64')).toBeGreaterThan(byAge('25-44'));
	});

	it('uses several channels and a few languages besides Swedish', () => {
		expect(new Set(items.map((p) => p.channel)).size).toBeGreaterThanOrEqual(7);
		expect(items.filter((p) => /[\u0600-\u06FF]/.test(p.text)).length).toBeGreaterThanOrEqual(1);
		expect(items.some((p) => /\b(the|and|would)\b/.test(p.text))).toBe(true);
	});

	it('has 4–6 tensions whose sides each match exactly one perspective', () => {
		expect(villageTensions.length).toBeGreaterThanOrEqual(4);
		expect(villageTensions.length).toBeLessThanOrEqual(6);
		for (const t of villageTensions) {
			expect(t.title.length).toBeGreaterThan(5);
			expect(t.description.length).toBeGreaterThan(20);
			for (const side of [t.sideA, t.sideB]) {
				expect(side.length).toBeGreaterThanOrEqual(30);
				expect(items.filter((p) => p.text.startsWith(side)).length, side).toBe(1);
			}
			expect(t.sideA).not.toBe(t.sideB);
		}
	});
});

describe('safety case (Storgatan)', () => {
	it('has 30 well-formed perspectives over its themes', () => {
		expect(safetyPerspectives.length).toBe(30);
		checkThemes(safetyThemes);
		checkPerspectives(safetyPerspectives as Perspective[], safetyThemes);
		const used = new Set(safetyPerspectives.map((p) => p.theme));
		expect(used.size).toBe(safetyThemes.length);
	});
});

describe('theme test corpus', () => {
	it('has at least 220 labelled texts over 6 uneven labels, one a minority', () => {
		expect(themeTestCorpus.length).toBeGreaterThanOrEqual(220);
		expect(themeTestLabels.length).toBe(6);
		const keys = new Set(themeTestLabels.map((l) => l.key));
		const counts = new Map<string, number>();
		for (const d of themeTestCorpus) {
			expect(keys.has(d.label), d.label).toBe(true);
			expect(d.text.trim().length).toBeGreaterThan(0);
			counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
		}
		const sorted = [...counts.values()].sort((a, b) => a - b);
		expect(sorted.length).toBe(6);
		expect(sorted[0]).toBeGreaterThanOrEqual(10);
		expect(sorted[0]).toBeLessThanOrEqual(15);
		expect(sorted[1]).toBeGreaterThanOrEqual(25);
		const texts = themeTestCorpus.map((d) => d.text);
		expect(new Set(texts).size).toBe(texts.length);
	});
});

describe('methods catalogue', () => {
	it('has the 18 methods with complete Swedish and English entries', () => {
		expect(methods.length).toBe(18);
		const keys = methods.map((m) => m.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const m of methods) {
			expect(m.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
			for (const field of [m.name, m.nameEn, m.description, m.descriptionEn, m.costNote, m.reaches, m.misses]) {
				expect(typeof field).toBe('string');
				expect(field.length).toBeGreaterThan(3);
			}
			const sentences = m.description.split(/[.!?](\s|$)/).filter((s) => s && s.trim().length > 1).length;
			expect(sentences, m.key).toBeGreaterThanOrEqual(2);
			expect(sentences, m.key).toBeLessThanOrEqual(4);
			for (const v of Object.values(m.profile)) {
				expect(Number.isInteger(v)).toBe(true);
				expect(Math.abs(v)).toBeLessThanOrEqual(2);
			}
			expect(Object.keys(m.profile).sort()).toEqual(['depth', 'learning', 'mode', 'reach']);
			expect(m.participationLevels.length).toBeGreaterThan(0);
			for (const l of m.participationLevels) expect(LEVELS).toContain(l);
			expect(m.phases.length).toBeGreaterThan(0);
			for (const p of m.phases) expect(PHASES).toContain(p);
			expect(['low', 'medium', 'high']).toContain(m.cost);
			expect(ACTIVITY_KINDS).toContain(m.activityKind);
		}
		expect(keys).toEqual(
			expect.arrayContaining(['medborgarjury', 'trygghetsvandring', 'medborgarbudget', 'taltet', 'radslag'])
		);
	});
});
