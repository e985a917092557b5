/**
 * @module The decision-memo declaration: the section "Dialog med medborgare och civilsamhälle" for the
 * official memo (tjänsteskrivelse). Whether and how the issue was discussed with residents and civil society,
 * with whom (channels, numbers, reach and gaps), the main perspectives and tensions, and how each proposal
 * relates to them. Pure: facts in, a structured document out; text, HTML and DOCX are renderings of it.
 * Wording comes from the caller's translator, so the memo can be made in Swedish (default) or English.
 */
import type { Outcome } from './decision';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type DeclarationInput = {
	process: { title: string; question: string; notNegotiable: string; notNegotiableReason: string; feedbackHow: string };
	period: { from: string | null; to: string | null };
	/** From the published perspective report, or null when none is published. */
	report: {
		received: number;
		hidden: number;
		channels: { channel: string; count: number | null }[];
		themes: { name: string; count: number; share: number; isMinority: boolean }[];
		tensions: { title: string }[];
		gaps: string[];
	} | null;
	workingGroup: { members: { role: string; count: number }[]; sessions: number } | null;
	statements: { statements: number; participants: number } | null;
	panel: { size: number; volunteers: number } | null;
	decision: {
		isPublished: boolean;
		body: string;
		decidedOn: string;
		caseNumber: string;
		minutesParagraph: string;
		proposals: {
			title: string;
			what: string;
			outcome: Outcome;
			reasons: string;
			themes: string[];
			perspectives: number;
			dots: number;
		}[];
	};
	/** People who asked to hear back and will be told about the decision. */
	contacts: number;
};

export type DeclarationBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };
export type DeclarationSection = { heading: string; blocks: DeclarationBlock[] };
export type Declaration = { title: string; subtitle: string; sections: DeclarationSection[] };

const p = (text: string): DeclarationBlock => ({ kind: 'paragraph', text });

export function composeDeclaration(input: DeclarationInput, t: Translate): Declaration {
	const { process, report, decision } = input;
	const sections: DeclarationSection[] = [];
	const period =
		input.period.from && input.period.to ? t('decl.period', { from: input.period.from, to: input.period.to }) : '';

	sections.push({
		heading: t('decl.h.whether'),
		blocks: [p(t('decl.whether', { title: process.title, question: process.question, period }))]
	});

	const how: DeclarationBlock[] = [];
	if (report) {
		how.push(p(t('decl.how.total', { n: report.received })));
		const channels = report.channels
			.filter((c) => c.count !== null && c.count > 0)
			.map((c) => t('decl.how.channel', { channel: t(`channel.${c.channel}`), n: c.count ?? 0 }));
		const few = report.channels
			.filter((c) => c.count === null)
			.map((c) => t(`channel.${c.channel}`).toLocaleLowerCase('sv'));
		if (few.length) channels.push(t('decl.how.fewChannels', { channels: few.join(', ') }));
		if (channels.length) how.push({ kind: 'list', items: channels });
		if (report.hidden > 0) how.push(p(t('decl.how.hidden', { n: report.hidden })));
	} else {
		how.push(p(t('decl.how.noReport')));
	}
	if (input.workingGroup && input.workingGroup.members.length > 0) {
		const total = input.workingGroup.members.reduce((a, m) => a + m.count, 0);
		const parts = input.workingGroup.members
			.filter((m) => m.count > 0)
			.map(
				(m) =>
					`${m.count} ${t(m.count === 1 ? `wg.roleName.${m.role}` : `wg.rolePlural.${m.role}`).toLocaleLowerCase('sv')}`
			);
		const sessions =
			input.workingGroup.sessions === 1
				? t('decl.how.oneSession')
				: t('decl.how.sessions', { n: input.workingGroup.sessions });
		how.push(p(t('decl.how.workingGroup', { n: total, parts: parts.join(', '), sessions })));
	}
	if (input.statements && input.statements.participants > 0)
		how.push(
			p(
				t('decl.how.statements', {
					statements: input.statements.statements,
					participants: input.statements.participants
				})
			)
		);
	if (input.panel) how.push(p(t('decl.how.panel', { size: input.panel.size, volunteers: input.panel.volunteers })));
	sections.push({ heading: t('decl.h.how'), blocks: how });

	const reach: DeclarationBlock[] = [];
	if (report && report.gaps.length > 0) reach.push({ kind: 'list', items: report.gaps });
	else if (report) reach.push(p(t('decl.reach.noGaps')));
	reach.push(p(t('decl.reach.suppressed')));
	sections.push({ heading: t('decl.h.reach'), blocks: reach });

	if (report && report.themes.length > 0) {
		sections.push({
			heading: t('decl.h.perspectives'),
			blocks: [
				{
					kind: 'list',
					items: report.themes.map((th) =>
						t(th.isMinority ? 'decl.theme.minority' : 'decl.theme', {
							name: th.name,
							n: th.count,
							share: Math.round(th.share * 100)
						})
					)
				}
			]
		});
	}
	if (report && report.tensions.length > 0) {
		sections.push({
			heading: t('decl.h.tensions'),
			blocks: [p(t('decl.tensions.intro')), { kind: 'list', items: report.tensions.map((x) => x.title) }]
		});
	}

	const relation: DeclarationBlock[] = [];
	for (const pr of decision.proposals) {
		const basis =
			pr.perspectives > 0 || pr.themes.length > 0
				? t('decl.proposal.basis', { n: pr.perspectives, themes: pr.themes.join(', ') || '–' })
				: t('decl.proposal.noBasis');
		const outcome = t(
			decision.isPublished ? `decl.outcome.decided.${pr.outcome}` : `decl.outcome.proposed.${pr.outcome}`
		);
		const dots = pr.dots > 0 ? ` ${t('decl.proposal.dots', { n: pr.dots })}` : '';
		relation.push(
			p(
				`${pr.title}. ${basis}${dots} ${outcome}${pr.reasons.trim() ? ` ${t('decl.proposal.reasons', { reasons: pr.reasons.trim() })}` : ''}`
			)
		);
	}
	sections.push({ heading: t('decl.h.relation'), blocks: relation.length ? relation : [p(t('decl.proposal.none'))] });

	const limits: DeclarationBlock[] = [];
	if (process.notNegotiable.trim())
		limits.push(
			p(t('decl.limits', { what: process.notNegotiable.trim(), why: process.notNegotiableReason.trim() || '–' }))
		);
	limits.push(p(t('decl.feedback', { how: process.feedbackHow.trim() || '–', n: input.contacts })));
	sections.push({ heading: t('decl.h.limits'), blocks: limits });

	const cite = [decision.body, decision.decidedOn, decision.caseNumber, decision.minutesParagraph]
		.filter((x) => x.trim())
		.join(', ');
	return {
		title: t('decl.title'),
		subtitle: t(decision.isPublished ? 'decl.subtitle.decided' : 'decl.subtitle.proposed', {
			cite,
			title: process.title
		}),
		sections
	};
}

/** Plain text, e.g. to paste into the memo template: headings underlined, lists with dashes. */
export function declarationText(d: Declaration): string {
	const out: string[] = [d.title, '='.repeat(d.title.length), '', d.subtitle, ''];
	for (const s of d.sections) {
		out.push(s.heading, '-'.repeat(s.heading.length));
		for (const b of s.blocks) {
			if (b.kind === 'paragraph') out.push(b.text, '');
			else out.push(...b.items.map((i) => `– ${i}`), '');
		}
	}
	return `${out.join('\n').trimEnd()}\n`;
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone HTML fragment (h2/h3, p, ul) that pastes into a memo template keeping its structure. */
export function declarationHtml(d: Declaration, lang: 'sv' | 'en'): string {
	const parts = [`<section lang="${lang}">`, `<h2>${escapeHtml(d.title)}</h2>`, `<p>${escapeHtml(d.subtitle)}</p>`];
	for (const s of d.sections) {
		parts.push(`<h3>${escapeHtml(s.heading)}</h3>`);
		for (const b of s.blocks) {
			if (b.kind === 'paragraph') parts.push(`<p>${escapeHtml(b.text)}</p>`);
			else parts.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
		}
	}
	parts.push('</section>');
	return parts.join('\n');
}
