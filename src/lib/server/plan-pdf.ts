/**
 * @module The dialogue plan as a PDF for the political mandate: question, influence declaration, readiness,
 * context, conflict and risk, actor groups with their participation per stage, activities and costed adaptations.
 */
import PDFDocument from 'pdfkit';
import { useUnicodeFonts, writeText } from './render/pdf-fonts';
import { formatDate, translator, type Locale, type MessageKey } from '../i18n';
import { PLAN_SECTIONS } from '../domain/plan/plan';
import { DECISION_STAGES } from '../domain/process/participation';
import type { Process } from '../domain/process/process';
import type { PlanView } from './modules/planning/load-plan';

/** Noto Sans (render/pdf-fonts.ts) covers every script we write but not the check marks; replace them. */
const safe = (s: string) => s.replace(/[\u2713]/g, 'OK').replace(/[\u2717]/g, 'X');

export function renderPlanPdf(process: Process, plan: PlanView, locale: Locale, now: Date): Promise<Buffer> {
	const t = (key: MessageKey, params?: Record<string, string | number>) => safe(translator(locale)(key, params));
	const kr = (n: number) =>
		t('money.kr', {
			amount: new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(n).replace(/\u00a0/g, ' ')
		});
	const doc = new PDFDocument({
		size: 'A4',
		margin: 56,
		info: { Title: t('plan.title', { title: process.title }), Subject: t('pdf.subtitle') },
		lang: locale === 'sv' ? 'sv-SE' : 'en-GB'
	});
	useUnicodeFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

	const line = (s: string, size: number, options: { bold?: boolean; indent?: number } = {}) =>
		writeText(doc, safe(s), { size, bold: options.bold, x: doc.page.margins.left + (options.indent ?? 0) });
	const h1 = (s: string) => {
		line(s, 20, { bold: true });
		doc.moveDown(0.3);
	};
	const h2 = (s: string) => {
		doc.moveDown(0.8);
		line(s, 14, { bold: true });
		doc.moveDown(0.3);
	};
	const label = (s: string) => line(s, 10, { bold: true });
	const body = (s: string) => {
		line(s || t('plan.empty'), 10);
		doc.moveDown(0.4);
	};

	h1(t('plan.title', { title: process.title }));
	line(t('pdf.subtitle'), 11);
	line(t('pdf.generated', { date: formatDate(locale, now) }), 11);
	doc.moveDown();
	label(t('pdf.question'));
	body(process.question);

	h2(t('process.influence' as MessageKey));
	for (const key of [
		'openToInfluence',
		'notNegotiable',
		'notNegotiableReason',
		'whoDecides',
		'decisionWhen',
		'feedbackHow'
	] as const) {
		label(t(`process.${key}` as MessageKey));
		body(process.influence[key]);
	}

	h2(t('plan.readiness.title'));
	body(
		t('plan.readiness.summary', { ready: plan.readiness.filter((r) => r.ready).length, total: plan.readiness.length })
	);
	for (const r of plan.readiness)
		line(
			`${r.ready ? t('plan.readiness.ready') : t('plan.readiness.missing').toUpperCase()}: ${t(`plan.readiness.item.${r.item}` as MessageKey)}`,
			10
		);
	for (const field of PLAN_SECTIONS.readiness) {
		const value = (plan.sections.readiness as Record<string, string>)[field];
		if (!value) continue;
		doc.moveDown(0.3);
		label(t(`plan.field.readiness.${field}` as MessageKey));
		body(value);
	}

	for (const section of ['context', 'conflict'] as const) {
		h2(t(`plan.section.${section}`));
		for (const field of PLAN_SECTIONS[section]) {
			const value = (plan.sections[section] as Record<string, string>)[field];
			label(t(`plan.field.${section}.${field}` as MessageKey));
			body(field === 'escalation' ? t(`plan.escalation.${value || 'none'}` as MessageKey) : value);
		}
	}

	h2(t('plan.section.actors'));
	if (plan.actorGroups.length === 0) body(t('plan.actors.none'));
	for (const a of plan.actorGroups) {
		label(a.content.name);
		body(
			t('plan.actors.summary', {
				kind: t(`actorKind.${a.content.kind}` as MessageKey),
				affected: t(`grade.${a.content.affected}` as MessageKey),
				influence: t(`grade.${a.content.influence}` as MessageKey)
			})
		);
		for (const stage of DECISION_STAGES) {
			const s = a.content.stages[stage];
			line(`${t(`stage.${stage}`)}: ${t(`level.${s.level}`)}${s.channel ? ` (${s.channel})` : ''}`, 9, {
				indent: 12
			});
		}
		doc.moveDown(0.4);
	}

	h2(t('plan.section.activities'));
	if (plan.activities.length === 0) body(t('plan.activities.none'));
	for (const a of plan.activities) {
		label(`${a.content.title || a.method?.name || a.content.methodKey} (${a.method?.name ?? a.content.methodKey})`);
		body(
			`${t(`representation.${a.content.representation}` as MessageKey)}. ${t(`representationHelp.${a.content.representation}` as MessageKey)}${a.content.target ? `\n${t('plan.activities.target')} ${a.content.target}` : ''}`
		);
	}

	h2(t('plan.section.adaptations'));
	if (plan.adaptations.length === 0) body(t('plan.adaptations.none'));
	for (const a of plan.adaptations)
		body(`${t(`adaptation.${a.content.kind}` as MessageKey)}: ${a.content.description} – ${kr(a.content.cost)}`);
	label(t('plan.adaptations.total', { total: kr(plan.adaptationsTotal) }));

	doc.end();
	return done;
}
