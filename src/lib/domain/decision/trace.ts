/**
 * @module The trace (spårbarhet): from one perspective to what came of it — perspective → theme → report →
 * proposals that answer it → decision and reasons → implementation progress. Pure: the loaded facts in, the
 * steps out, each either reached or still waiting, so a resident sees how far their perspective has come.
 */
import type { Outcome } from './decision';
import type { ImplementationStatus } from './implementation';

export type TraceInput = {
	perspective: { status: 'visible' | 'hidden' | 'withdrawn'; createdAt: Date; channel: string };
	theme: { name: string } | null;
	report: { publishedAt: Date } | null;
	/** Proposals linked to the perspective itself (`perspective`) or to its theme (`theme`). Withdrawn ones left out. */
	proposals: { id: string; title: string; via: 'perspective' | 'theme' }[];
	/** Published decisions' outcomes for those proposals, oldest decision first. */
	outcomes: {
		proposalId: string;
		decisionId: string;
		body: string;
		decidedOn: string;
		caseNumber: string;
		minutesParagraph: string;
		outcome: Outcome;
		reasons: string;
	}[];
	implementation: {
		proposalId: string;
		id: string;
		title: string;
		status: ImplementationStatus;
		progress: number;
		latestUpdate: { text: string; at: Date } | null;
	}[];
};

export type TraceProposal = {
	id: string;
	title: string;
	via: 'perspective' | 'theme';
	decision: {
		decisionId: string;
		body: string;
		decidedOn: string;
		caseNumber: string;
		minutesParagraph: string;
		outcome: Outcome;
		reasons: string;
	} | null;
	implementation: TraceInput['implementation'][number] | null;
};

export type Trace = {
	/** How far the perspective has come: the last step reached. */
	reached: 'received' | 'theme' | 'report' | 'proposal' | 'decision' | 'implementation' | 'done';
	stopped: 'hidden' | 'withdrawn' | null;
	received: { at: Date; channel: string };
	theme: { name: string } | null;
	report: { publishedAt: Date } | null;
	proposals: TraceProposal[];
};

export function buildTrace(input: TraceInput): Trace {
	const stopped = input.perspective.status === 'visible' ? null : input.perspective.status;
	const latest = new Map<string, TraceProposal['decision']>();
	for (const o of input.outcomes) {
		const { proposalId, ...rest } = o;
		latest.set(proposalId, rest);
	}
	const implementation = new Map(input.implementation.map((i) => [i.proposalId, i]));
	const proposals: TraceProposal[] = stopped
		? []
		: [...input.proposals]
				// Proposals built on this very perspective first, then those on its theme.
				.sort((a, b) => (a.via === b.via ? a.title.localeCompare(b.title, 'sv') : a.via === 'perspective' ? -1 : 1))
				.map((p) => ({ ...p, decision: latest.get(p.id) ?? null, implementation: implementation.get(p.id) ?? null }));
	let reached: Trace['reached'] = 'received';
	if (!stopped) {
		if (input.theme) reached = 'theme';
		if (input.report) reached = 'report';
		if (proposals.length > 0) reached = 'proposal';
		if (proposals.some((p) => p.decision)) reached = 'decision';
		// A planned item is a promise, not yet work: the step counts once something has started.
		const items = proposals.filter((p) => p.implementation);
		if (items.some((p) => p.implementation!.status !== 'planned'))
			reached = items.every((p) => p.implementation!.status === 'done') ? 'done' : 'implementation';
	}
	return {
		reached,
		stopped,
		received: { at: input.perspective.createdAt, channel: input.perspective.channel },
		theme: stopped ? null : input.theme,
		report: input.report,
		proposals
	};
}
