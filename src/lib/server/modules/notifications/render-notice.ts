/**
 * @module What a notice says, in the recipient's language: one event alone, or several that fell together
 * as one digest. Notices store language-free facts (titles, links, dates, outcome codes); the words are
 * chosen here when the message is written, so each person reads it in the language they used.
 */
import { formatDate, isLocale, translator, type Locale, type MessageKey } from '../../../i18n/index';

export const NOTICE_KINDS = [
	'report',
	'workingGroup',
	'arguments',
	'toDecision',
	'decision',
	'progress',
	'milestoneDone',
	'milestoneMoved',
	'evaluation',
	'nextLoop'
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A proposal that grew from the person's perspective, and what was decided about it. */
export type NoticeOutcome = { title: string; outcome: string; reasons: string };

/** The facts a notice needs. `receiptUrls` and `unsubscribeUrl` are the person's own. */
export type NoticeParams = {
	title: string;
	url: string;
	receiptUrls: string[];
	unsubscribeUrl: string;
	question?: string;
	whoDecides?: string;
	decisionWhen?: string;
	/** Titles of the proposals that grew from the person's perspective. */
	proposals?: string[];
	decisionBody?: string;
	decidedOn?: string;
	cite?: string;
	outcomes?: NoticeOutcome[];
	/** How many proposals the decision covers in all. */
	proposalCount?: number;
	item?: string;
	status?: string;
	progress?: number;
	text?: string;
	milestone?: string;
	dueOn?: string;
	previousDueOn?: string;
	doneOn?: string;
	nextTitle?: string;
};

export type NoticeForRender = { kind: string; params: NoticeParams };

const localeOf = (language: string): Locale => (isLocale(language) ? language : 'sv');

/** The paragraph that tells one event, without greeting or footer. */
function section(locale: Locale, n: NoticeForRender): string {
	const t = translator(locale);
	const p = n.params;
	const date = (d: string | undefined) => (d ? formatDate(locale, d) : '');
	switch (n.kind as NoticeKind) {
		case 'report':
			return t('notice.report.body', { title: p.title, question: p.question ?? '', url: p.url });
		case 'workingGroup':
			return t('notice.workingGroup.body', { title: p.title, url: p.url });
		case 'arguments':
			return t('notice.arguments.body', { title: p.title, url: p.url });
		case 'toDecision': {
			const yours = (p.proposals ?? []).map((x) => `– ${x}`).join('\n');
			return [
				t('notice.toDecision.body', {
					title: p.title,
					whoDecides: p.whoDecides ?? '',
					decisionWhen: p.decisionWhen ?? ''
				}),
				yours ? `${t('notice.yourProposals')}\n${yours}` : '',
				t('notice.readMore', { url: p.url })
			]
				.filter(Boolean)
				.join('\n\n');
		}
		case 'decision': {
			const outcomes = (p.outcomes ?? [])
				.map(
					(o) =>
						`– ${o.title}: ${t(`decision.outcome.${o.outcome}` as MessageKey).toLocaleLowerCase(locale)}.` +
						(o.reasons ? `\n  ${t('decision.reasonsLabel')}: ${o.reasons}` : '')
				)
				.join('\n');
			return [
				t('notice.decision.body', {
					title: p.title,
					body: p.decisionBody ?? '',
					date: date(p.decidedOn),
					cite: p.cite ?? '',
					count: p.proposalCount ?? 0
				}),
				outcomes ? `${t('notice.decision.yours')}\n${outcomes}` : t('notice.decision.noneYours'),
				t('notice.readMore', { url: p.url })
			].join('\n\n');
		}
		case 'progress':
			return t('notice.progress.body', {
				item: p.item ?? '',
				status: p.status ? t(`implementation.status.${p.status}` as MessageKey) : '',
				progress: p.progress ?? 0,
				text: p.text ?? '',
				url: p.url
			});
		case 'milestoneDone':
			return t('notice.milestoneDone.body', {
				item: p.item ?? '',
				milestone: p.milestone ?? '',
				date: date(p.doneOn),
				url: p.url
			});
		case 'milestoneMoved':
			return t('notice.milestoneMoved.body', {
				item: p.item ?? '',
				milestone: p.milestone ?? '',
				from: date(p.previousDueOn),
				to: date(p.dueOn),
				url: p.url
			});
		case 'evaluation':
			return t('notice.evaluation.body', { title: p.title, url: p.url });
		case 'nextLoop':
			return t('notice.nextLoop.body', { title: p.title, nextTitle: p.nextTitle ?? '', url: p.url });
		default:
			return t('notice.readMore', { url: p.url });
	}
}

const subjectKey = (kind: string) =>
	(NOTICE_KINDS as readonly string[]).includes(kind) ? (`notice.${kind}.subject` as MessageKey) : null;

/** One mail for one or several notices to the same person (several: a digest). */
export function renderNoticeMail(language: string, list: NoticeForRender[]): { subject: string; body: string } {
	const locale = localeOf(language);
	const t = translator(locale);
	const first = list[0].params;
	const titles = [...new Set(list.map((n) => n.params.title))];
	const receiptUrls = [...new Set(list.flatMap((n) => n.params.receiptUrls))];
	const key = subjectKey(list[0].kind);
	const subject =
		list.length === 1 && key
			? t(key, { title: first.title, item: first.item ?? '' })
			: titles.length === 1
				? t('notice.digest.subject', { title: first.title })
				: t('notice.digest.subjectMany');
	const body = [
		t('notice.greeting'),
		list.length > 1 ? t('notice.digest.intro', { count: list.length }) : '',
		list.map((n) => section(locale, n)).join('\n\n———\n\n'),
		t('notice.footer', {
			receiptUrls: receiptUrls.join('\n'),
			unsubscribeUrl: list.at(-1)!.params.unsubscribeUrl,
			title: titles.join(', ')
		})
	]
		.filter(Boolean)
		.join('\n\n');
	return { subject, body };
}

/** One SMS for one or several notices (short: what happened and one link). */
export function renderNoticeSms(language: string, list: NoticeForRender[]): string {
	const t = translator(localeOf(language));
	const last = list.at(-1)!.params;
	const link = { receiptUrl: last.receiptUrls[0] ?? last.url, unsubscribeUrl: last.unsubscribeUrl };
	if (list.length > 1) return t('notice.digest.sms', { title: last.title, count: list.length, ...link });
	const n = list[0];
	return t(`notice.${n.kind as NoticeKind}.sms` as MessageKey, {
		title: n.params.title,
		item: n.params.item ?? '',
		url: n.params.url,
		...link
	});
}
