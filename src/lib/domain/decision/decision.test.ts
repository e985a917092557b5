import { describe, expect, it } from 'vitest';
import { checkPublishable, type DecisionDraft } from './decision';
import { milestoneStates, normaliseProgress } from './implementation';
import { buildTrace, type TraceInput } from './trace';
import { composeDeclaration, declarationHtml, declarationText, type DeclarationInput } from './declaration';

const draft = (outcomes: DecisionDraft['outcomes'], extra: Partial<DecisionDraft> = {}) => ({
	body: 'Tekniska nämnden',
	bodyKind: 'committee' as const,
	decidedOn: '2026-05-19',
	caseNumber: 'TN 2026/48',
	minutesParagraph: '§ 62',
	outcomes,
	status: 'draft' as const,
	...extra
});

describe('publishing a decision', () => {
	it('needs reasons for every proposal it does not adopt in full', () => {
		const problems = checkPublishable(
			draft([
				{ proposalId: 'a', outcome: 'adopted', reasons: '' },
				{ proposalId: 'b', outcome: 'adoptedInPart', reasons: '  ' },
				{ proposalId: 'c', outcome: 'rejected', reasons: '' },
				{ proposalId: 'd', outcome: 'referred', reasons: 'Behöver ett bättre underlag om driften.' }
			])
		);
		expect(problems).toEqual([
			{ kind: 'reasonsMissing', proposalId: 'b' },
			{ kind: 'reasonsMissing', proposalId: 'c' }
		]);
	});

	it('is allowed when every non-adopted proposal has reasons and the paragraph is there', () => {
		expect(
			checkPublishable(
				draft([
					{ proposalId: 'a', outcome: 'adopted', reasons: '' },
					{ proposalId: 'c', outcome: 'rejected', reasons: 'Parken är för liten.' }
				])
			)
		).toEqual([]);
	});

	it('needs at least one outcome and the minutes paragraph, and happens only once', () => {
		expect(checkPublishable(draft([], { minutesParagraph: ' ' }))).toEqual([
			{ kind: 'noOutcomes' },
			{ kind: 'minutesMissing' }
		]);
		expect(
			checkPublishable({ ...draft([{ proposalId: 'a', outcome: 'adopted', reasons: '' }]), status: 'published' })
		).toEqual([{ kind: 'alreadyPublished' }]);
	});
});

describe('implementation', () => {
	it('puts a done item at 100 % and keeps progress within 0–100', () => {
		expect(normaliseProgress('done', 40)).toBe(100);
		expect(normaliseProgress('inProgress', 140)).toBe(100);
		expect(normaliseProgress('paused', -3)).toBe(0);
		expect(normaliseProgress('planned', 12.6)).toBe(13);
	});

	it('marks milestones done, late or upcoming, in date order', () => {
		const states = milestoneStates(
			[
				{ id: '3', title: 'Invigning', dueOn: '2027-04-30', doneOn: null },
				{ id: '1', title: 'Plats vald', dueOn: '2026-08-31', doneOn: '2026-08-27' },
				{ id: '2', title: 'Taket byggs', dueOn: '2026-11-30', doneOn: null }
			],
			'2026-12-04'
		);
		expect(states.map((m) => [m.title, m.state])).toEqual([
			['Plats vald', 'done'],
			['Taket byggs', 'late'],
			['Invigning', 'upcoming']
		]);
	});
});

const base: TraceInput = {
	perspective: { status: 'visible', createdAt: new Date('2025-09-03T10:00:00Z'), channel: 'web' },
	theme: null,
	report: null,
	proposals: [],
	outcomes: [],
	implementation: []
};

describe('the trace of a perspective', () => {
	it('stops at received while nothing has happened', () => {
		expect(buildTrace(base).reached).toBe('received');
	});

	it('walks through theme, report, proposals, decision and implementation', () => {
		const withProposals: TraceInput = {
			...base,
			theme: { name: 'Belysning och trygghet' },
			report: { publishedAt: new Date('2025-12-12T10:00:00Z') },
			proposals: [
				{ id: 'p2', title: 'Toalett', via: 'theme' },
				{ id: 'p1', title: 'Ny belysning', via: 'perspective' }
			]
		};
		expect(buildTrace({ ...base, theme: withProposals.theme }).reached).toBe('theme');
		expect(buildTrace({ ...withProposals, proposals: [] }).reached).toBe('report');
		const trace = buildTrace(withProposals);
		expect(trace.reached).toBe('proposal');
		// Proposals built on this very perspective come first.
		expect(trace.proposals.map((p) => p.id)).toEqual(['p1', 'p2']);

		const decided = buildTrace({
			...withProposals,
			outcomes: [
				{
					proposalId: 'p1',
					decisionId: 'd0',
					body: 'TN',
					decidedOn: '2026-04-01',
					caseNumber: 'TN 1',
					minutesParagraph: '§ 1',
					outcome: 'referred',
					reasons: 'Mer underlag.'
				},
				{
					proposalId: 'p1',
					decisionId: 'd1',
					body: 'TN',
					decidedOn: '2026-05-19',
					caseNumber: 'TN 2',
					minutesParagraph: '§ 62',
					outcome: 'adopted',
					reasons: ''
				}
			]
		});
		expect(decided.reached).toBe('decision');
		// The latest decision about a proposal is the one that counts.
		expect(decided.proposals[0].decision).toMatchObject({ decisionId: 'd1', outcome: 'adopted' });
		expect(decided.proposals[1].decision).toBeNull();

		const implementing = {
			...withProposals,
			implementation: [
				{
					proposalId: 'p1',
					id: 'i1',
					title: 'Ny belysning',
					status: 'inProgress' as const,
					progress: 60,
					latestUpdate: null
				}
			]
		};
		expect(buildTrace(implementing).reached).toBe('implementation');
		expect(
			buildTrace({
				...implementing,
				implementation: [{ ...implementing.implementation[0], status: 'done', progress: 100 }]
			}).reached
		).toBe('done');
	});

	it('stops for a hidden or withdrawn perspective and shows no proposals', () => {
		const trace = buildTrace({
			...base,
			perspective: { ...base.perspective, status: 'withdrawn' },
			theme: { name: 'X' },
			proposals: [{ id: 'p', title: 'P', via: 'theme' }]
		});
		expect(trace).toMatchObject({ reached: 'received', stopped: 'withdrawn', theme: null, proposals: [] });
	});
});

const declarationInput: DeclarationInput = {
	process: {
		title: 'Bruksparken för alla',
		question: 'Hur blir parken en park för alla?',
		notNegotiable: 'Parkens gränser.',
		notNegotiableReason: 'Detaljplanen.',
		feedbackHow: 'Besked efter beslutet.'
	},
	period: { from: '2025-09-01', to: '2025-11-16' },
	report: {
		received: 30,
		hidden: 1,
		channels: [
			{ channel: 'web', count: 12 },
			{ channel: 'popup', count: 9 },
			{ channel: 'sms', count: null }
		],
		themes: [
			{ name: 'Belysning', count: 8, share: 0.27, isMinority: false },
			{ name: 'Hundar', count: 2, share: 0.07, isMinority: true }
		],
		tensions: [{ title: 'Ljus eller mörker' }],
		gaps: ['Unga 16–24 år hördes mindre än deras andel av befolkningen.']
	},
	workingGroup: {
		members: [
			{ role: 'resident', count: 4 },
			{ role: 'official', count: 2 }
		],
		sessions: 1
	},
	statements: null,
	panel: null,
	decision: {
		isPublished: false,
		body: 'Tekniska nämnden',
		decidedOn: '2026-05-19',
		caseNumber: 'TN 2026/48',
		minutesParagraph: '§ 62',
		proposals: [
			{
				title: 'Ny belysning',
				what: '…',
				outcome: 'adopted',
				reasons: '',
				themes: ['Belysning'],
				perspectives: 4,
				dots: 19
			},
			{
				title: 'Hundrastgård',
				what: '…',
				outcome: 'rejected',
				reasons: 'Parken är för liten.',
				themes: ['Hundar'],
				perspectives: 2,
				dots: 6
			}
		]
	},
	contacts: 5
};

describe('the decision-memo declaration', () => {
	const t = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`;

	it('says whether, how, with whom, what was heard and how each proposal relates, as a proposed decision', () => {
		const d = composeDeclaration(declarationInput, t);
		expect(d.sections.map((s) => s.heading)).toEqual([
			'decl.h.whether',
			'decl.h.how',
			'decl.h.reach',
			'decl.h.perspectives',
			'decl.h.tensions',
			'decl.h.relation',
			'decl.h.limits'
		]);
		const text = JSON.stringify(d);
		expect(text).toContain('decl.outcome.proposed.rejected');
		expect(text).toContain('Parken är för liten.');
		expect(text).toContain('Unga 16–24 år hördes mindre');
		// A suppressed channel count is never shown as a number: the channel is only named among the small ones.
		expect(text).not.toMatch(/decl\.how\.channel[^"]*channel\.sms/);
		expect(text).toContain('decl.how.fewChannels');
		expect(d.subtitle).toContain('decl.subtitle.proposed');
	});

	it('renders as plain text and as HTML with the text escaped', () => {
		const d = composeDeclaration(
			{
				...declarationInput,
				decision: {
					...declarationInput.decision,
					isPublished: true,
					proposals: [{ ...declarationInput.decision.proposals[1], reasons: '<script>x</script>' }]
				}
			},
			t
		);
		const text = declarationText(d);
		expect(text.split('\n')[1]).toMatch(/^=+$/);
		expect(text).toContain('decl.outcome.decided.rejected');
		const html = declarationHtml(d, 'sv');
		expect(html).toContain('&lt;script&gt;');
		expect(html).not.toContain('<script>');
		expect(html.startsWith('<section lang="sv">')).toBe(true);
	});
});
