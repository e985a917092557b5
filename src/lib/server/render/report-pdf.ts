/**
 * @module The published perspective report as a PDF, rendered from the same snapshot as the public page,
 * in the reader's language. A tagged PDF (headings, paragraphs, tables, document language and title), so a
 * screen reader can follow it. Text in any script (perspectives in Arabic, Ukrainian, Somali …) goes through
 * pdf-fonts.ts: embedded Noto fonts from npm, right-to-left paragraphs ordered and aligned.
 */
import PDFDocument from 'pdfkit';
import { SANS, tableCell, useUnicodeFonts, writeText } from './pdf-fonts';
import type { ReportSnapshot } from '../../domain/perspective/report';
import type { InfluenceDeclaration } from '../../domain/process/process';
import { formatDate, translator, type Locale, type MessageKey } from '../../i18n/index';

export type ReportPdfInput = {
	report: ReportSnapshot;
	publishedAt: Date;
	organisationName: string;
	reportUrl: string;
	influence: InfluenceDeclaration;
};

type StructParent = ReturnType<PDFKit.PDFDocument['struct']>;
type TableStructOptions = PDFKit.Mixins.TableOptionsWithData & { structParent?: StructParent };

const MARGIN = 56;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';

export function renderReportPdf(input: ReportPdfInput, locale: Locale): Promise<Buffer> {
	const t = translator(locale);
	const r = input.report;
	const pct = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)} %`);
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		pdfVersion: '1.7',
		tagged: true,
		lang: locale === 'sv' ? 'sv-SE' : 'en-GB',
		displayTitle: true,
		bufferPages: true,
		info: {
			Title: t('report.title', { title: r.title }),
			Author: input.organisationName,
			Subject: r.question,
			Creator: 'Medskapa'
		}
	});
	useUnicodeFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const root = doc.struct('Document');
	doc.addStructure(root);
	const width = doc.page.width - 2 * MARGIN;
	const block = (
		type: string,
		text: string,
		style: { size: number; bold?: boolean; color?: string; gapAfter?: number; indent?: number }
	) => {
		if (!text) return;
		writeText(doc, text, {
			size: style.size,
			bold: style.bold,
			color: style.color ?? INK,
			x: MARGIN + (style.indent ?? 0),
			width: width - (style.indent ?? 0),
			structParent: root,
			structType: type
		});
		doc.fontSize(style.size).moveDown(style.gapAfter ?? 0.5);
	};
	const h1 = (text: string) => block('H1', text, { size: 20, bold: true, gapAfter: 0.4 });
	const h2 = (text: string) => {
		if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
		doc.moveDown(0.6);
		block('H2', text, { size: 15, bold: true, gapAfter: 0.3 });
	};
	const h3 = (text: string) => {
		if (doc.y > doc.page.height - MARGIN - 70) doc.addPage();
		block('H3', text, { size: 12, bold: true, gapAfter: 0.2 });
	};
	const p = (text: string) => block('P', text, { size: 10.5 });
	const note = (text: string) => block('P', text, { size: 9.5, color: MUTED });
	const quote = (text: string) => block('BlockQuote', `”${text}”`, { size: 10.5, indent: 14 });
	const table = (caption: string, headings: [string, string] | [string, string, string], rows: string[][]) => {
		if (rows.length === 0) return;
		block('Caption', caption, { size: 10.5, bold: true, gapAfter: 0.2 });
		doc.font(SANS).fontSize(10).fillColor(INK);
		const options: TableStructOptions = {
			data: [
				headings.map((h) => tableCell(h, { bold: true, type: 'TH' })),
				...rows.map((row) => row.map((text, i) => tableCell(text, i === 0 ? { type: 'TH' } : {})))
			],
			columnStyles: headings.length === 2 ? [width * 0.65, width * 0.35] : [width * 0.4, width * 0.3, width * 0.3],
			defaultStyle: { padding: 4, border: 0.5, borderColor: '#8a8a8a' },
			structParent: root
		} as TableStructOptions;
		doc.table(options);
		doc.moveDown(0.6);
	};

	h1(t('report.title', { title: r.title }));
	block('P', r.question, { size: 13, gapAfter: 0.3 });
	note(
		`${input.organisationName} · ${t('report.published', { date: formatDate(locale, input.publishedAt) })} · ${input.reportUrl}`
	);
	if (r.purpose) p(r.purpose);

	h2(t('report.method'));
	p(
		t('report.methodText', {
			received: r.totals.received,
			shown: r.totals.shown,
			hidden: r.totals.hidden,
			from: r.period.from ? formatDate(locale, r.period.from) : '–',
			to: r.period.to ? formatDate(locale, r.period.to) : '–'
		})
	);
	if (r.totals.withdrawn) p(t('report.withdrawn', { count: r.totals.withdrawn }));
	if (r.totals.hiddenReasons.length > 0) {
		h3(t('report.hiddenReasons'));
		for (const reason of r.totals.hiddenReasons) p(`• ${reason}`);
	}
	table(
		t('report.channels'),
		[t('report.channel'), t('report.count')],
		r.channels.groups.map((g) => [
			t(`channel.${g.group}` as MessageKey),
			g.count === null ? t('report.fewerThan', { n: 5 }) : String(g.count)
		])
	);

	h2(t('report.themes'));
	p(t('report.themesIntro'));
	for (const theme of r.themes) {
		h3(theme.name);
		note(
			`${t('report.themeCount', { count: theme.count, share: pct(theme.share) })}${theme.isMinority ? ` · ${t('report.minority')}` : ''}`
		);
		if (theme.description) p(theme.description);
		if (theme.quotes.length > 0) {
			block('P', t('report.quotes'), { size: 10.5, bold: true, gapAfter: 0.2 });
			for (const q of theme.quotes) quote(q);
		}
		if (theme.voices.length > 0) {
			block('P', t('report.voices'), { size: 10.5, bold: true, gapAfter: 0.2 });
			for (const v of theme.voices) block('P', `• ${v}`, { size: 10.5, indent: 6, gapAfter: 0.3 });
		}
	}
	if (r.unthemed > 0) p(t('report.unthemed', { count: r.unthemed }));

	if (r.tensions.length > 0) {
		h2(t('report.tensions'));
		p(t('report.tensionsIntro'));
		for (const tension of r.tensions) {
			h3(tension.title);
			if (tension.description) p(tension.description);
			block('P', t('report.sideA'), { size: 10.5, bold: true, gapAfter: 0.1 });
			quote(tension.sideA || t('report.sideHidden'));
			block('P', t('report.sideB'), { size: 10.5, bold: true, gapAfter: 0.1 });
			quote(tension.sideB || t('report.sideHidden'));
		}
	}

	h2(t('report.reach'));
	p(t('report.reachIntro'));
	for (const sentence of r.reach.gaps[locale]) block('P', sentence, { size: 10.5, bold: true });
	if (r.reach.ageBand) {
		table(
			t('report.age'),
			[t('report.group'), t('report.populationShare'), t('report.heardShare')],
			r.reach.ageBand.groups.map((g) => [
				g.group === 'not-stated' ? t('report.notStated') : t(`ageBand.${g.group}` as MessageKey),
				pct(g.populationShare),
				g.suppressed ? t('report.fewerThan', { n: 5 }) : pct(g.heardShare)
			])
		);
		if (r.reach.populationSource) note(t('report.populationSource', { source: r.reach.populationSource }));
	}
	for (const [dimension, summary] of [
		['relation', r.reach.relation],
		['area', r.reach.area]
	] as const) {
		if (summary.belowMinimum || summary.groups.length <= 1) continue;
		table(
			dimension === 'relation' ? t('report.relation') : t('report.area'),
			[t('report.group'), t('report.count')],
			summary.groups.map((g) => [
				g.group === 'not-stated'
					? t('report.notStated')
					: dimension === 'relation'
						? t(`relation.${g.group}` as MessageKey)
						: g.group,
				g.count === null ? t('report.fewerThan', { n: 5 }) : String(g.count)
			])
		);
	}

	h2(t('process.influence'));
	const influence = input.influence;
	for (const [label, value] of [
		[t('process.openToInfluence'), influence.openToInfluence],
		[
			t('process.notNegotiable'),
			influence.notNegotiable
				? `${influence.notNegotiable}${influence.notNegotiableReason ? `\n${t('process.notNegotiableReason')}: ${influence.notNegotiableReason}` : ''}`
				: t('process.nothingFixed')
		],
		[t('process.whoDecides'), influence.whoDecides],
		[t('process.decisionWhen'), influence.decisionWhen],
		[t('process.feedbackHow'), influence.feedbackHow]
	]) {
		if (!value) continue;
		block('P', label, { size: 10.5, bold: true, gapAfter: 0.1 });
		p(value);
	}

	// Page numbers, as artifacts (not read aloud as content).
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		// Writing inside the bottom margin would otherwise make pdfkit start a new page.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		writeText(doc, t('report.pdfPage', { page: i + 1, pages: range.count }), {
			size: 8.5,
			color: MUTED,
			x: MARGIN,
			y: doc.page.height - MARGIN / 2 - 8,
			width,
			align: 'right'
		});
		doc.endMarkedContent();
		doc.page.margins.bottom = bottom;
	}
	root.end();
	doc.end();
	return done;
}
