import { describe, expect, it } from 'vitest';
import type { Profile } from './perspective';
import { compileReport, type ReportPerspective } from './report';

const day = (n: number) => new Date(Date.UTC(2026, 5, n, 10));
let seq = 0;
const p = (over: Partial<ReportPerspective>): ReportPerspective => ({
	id: `p${++seq}`,
	text: `Perspektiv ${seq}`,
	channel: 'web',
	themeId: 'a',
	isQuote: false,
	status: 'visible',
	hiddenReason: null,
	createdAt: day(1 + (seq % 20)),
	...over
});

function input() {
	seq = 0;
	const perspectives = [
		...Array.from({ length: 18 }, (_, i) => p({ themeId: 'a', channel: i % 3 === 0 ? 'interview' : 'web' })),
		p({ themeId: 'b', isQuote: true, text: 'Ring mig på 070-123 45 67 om skolan, jag heter Kalle Svensson.' }),
		p({ themeId: 'b' }),
		p({ themeId: null }),
		p({ status: 'hidden', hiddenReason: 'Personangrepp på en namngiven person', text: 'Elak text' }),
		p({ status: 'hidden', hiddenReason: 'Personangrepp på en namngiven person', text: 'Elak text 2' })
	];
	const profiles: Profile[] = [
		...Array.from({ length: 2 }, () => ({ ageBand: '16-24' as const, area: null, relation: 'lives' as const })),
		...Array.from({ length: 12 }, () => ({ ageBand: '45-64' as const, area: null, relation: 'lives' as const })),
		...Array.from({ length: 6 }, () => ({ ageBand: '65+' as const, area: null, relation: null }))
	];
	return {
		process: { title: 'Lillby', question: 'Hur vill vi leva tillsammans i byn?', purpose: '' },
		themes: [
			{ id: 'a', name: 'Mötesplatser', description: '' },
			{ id: 'b', name: 'Skolan', description: '' },
			{ id: 'c', name: 'Tomt tema', description: '' }
		],
		perspectives,
		profiles,
		tensions: [
			{ title: 'Vem tar första steget?', description: '', sideAId: 'p1', sideBId: 'p19' },
			{ title: 'Dold sida', description: '', sideAId: 'p1', sideBId: 'p22' }
		],
		population: { ageBand: { '16-24': 140, '25-44': 300, '45-64': 320, '65+': 240 }, source: 'SCB (demo)' }
	};
}

describe('perspective report', () => {
	it('counts everything received, hidden ones included, with the reasons', () => {
		const r = compileReport(input());
		expect(r.totals).toEqual({
			received: 23,
			shown: 21,
			hidden: 2,
			hiddenReasons: ['Personangrepp på en namngiven person'],
			withdrawn: 0
		});
		expect(r.unthemed).toBe(1);
	});

	it('orders themes by size, drops empty ones, and keeps a small theme marked as a minority perspective', () => {
		const r = compileReport(input());
		expect(r.themes.map((t) => [t.name, t.count, Number(t.share.toFixed(3)), t.isMinority])).toEqual([
			['Mötesplatser', 18, 0.9, false],
			['Skolan', 2, 0.1, false]
		]);
		const moreA = input();
		moreA.perspectives.push(...Array.from({ length: 3 }, () => p({ themeId: 'a' })));
		expect(compileReport(moreA).themes[1]).toMatchObject({ name: 'Skolan', isMinority: true });
	});

	it('lifts quotes with personal data removed, and picks voices across channels', () => {
		const r = compileReport(input());
		expect(r.themes[1].quotes).toEqual(['Ring mig på [borttaget] om skolan, jag heter [borttaget].']);
		const voices = r.themes[0].voices;
		expect(voices).toHaveLength(4);
		expect(new Set(voices).size).toBe(4);
	});

	it('shows tensions side by side, but never the text of a hidden perspective', () => {
		const r = compileReport(input());
		expect(r.tensions[0]).toEqual({
			title: 'Vem tar första steget?',
			description: '',
			sideA: 'Perspektiv 1',
			sideB: 'Ring mig på [borttaget] om skolan, jag heter [borttaget].'
		});
		expect(r.tensions[1].sideB).toBe('');
	});

	it('reports reach with small groups suppressed and a plain gap sentence', () => {
		const r = compileReport(input());
		const young = r.reach.ageBand!.groups.find((g) => g.group === '16-24')!;
		expect(young).toMatchObject({ suppressed: true, heardCount: null });
		// 16–24 is hidden (2 perspectives) and, as 1–4 of 23 could be 4–17 %, not certainly under: no sentence.
		expect(r.reach.gaps.sv).toEqual([
			'Personer 25–44 år är 30 % av invånarna men 0 % av perspektiven.',
			'Personer 45–64 år är 32 % av invånarna men 52 % av perspektiven.'
		]);
		expect(JSON.stringify(r.reach)).not.toContain('"heardCount":2,');
		expect(r.reach.relation.groups.find((g) => g.group === 'lives')).toMatchObject({ count: 14, suppressed: false });
		expect(r.channels.groups.find((g) => g.group === 'interview')).toMatchObject({ count: 6 });
		expect(r.period).toEqual({ from: '2026-06-01', to: '2026-06-20' });
	});
});

describe('a withdrawn perspective', () => {
	it('is counted apart from moderation and shown nowhere; deleting for real takes it out of a published report', async () => {
		const { withoutText } = await import('./report');
		const base = input();
		base.perspectives[18].status = 'withdrawn';
		const r = compileReport(base);
		expect(r.totals).toMatchObject({ received: 23, shown: 20, hidden: 2, withdrawn: 1 });
		expect(JSON.stringify(r)).not.toContain('Kalle');
		const published = compileReport(input());
		const quote = published.themes.find((t) => t.name === 'Skolan')!.quotes[0];
		const scrubbed = withoutText(published, 'Ring mig på 070-123 45 67 om skolan, jag heter Kalle Svensson.');
		expect(scrubbed.themes.find((t) => t.name === 'Skolan')!.quotes).toEqual([]);
		expect(JSON.stringify(scrubbed)).not.toContain(quote);
		expect(scrubbed.totals.withdrawn).toBe(1);
	});
});
