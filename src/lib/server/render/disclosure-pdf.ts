/**
 * @module A decided public-records request as a PDF, from its frozen delivery: the decision letter (what was
 * asked, the decision, the reason, the grounds cited, how to appeal), then — unless refused — every record with
 * its masked parts replaced by a visible marker ("[MASKERAT – OSL 21 kap. 7 §]"). Tagged (headings, paragraphs),
 * Swedish, in the embedded Unicode fonts (pdf-fonts.ts), so what residents wrote in any script comes out as written.
 */
import { SANS, SANS_BOLD } from './pdf-fonts';
import { startTaggedPdf } from './tagged-pdf';
import { MARKER } from '../../domain/disclosure/masking';
import type { Delivery } from '../../domain/disclosure/delivery';

const MARGIN = 56;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';

/** Text that Noto Sans sets left to right without shaping: Latin, Cyrillic, punctuation and symbols. */
const LATIN_OR_CYRILLIC = /^[\t\n\r\u0020-\u052f\u1e00-\u1eff\u2000-\u20cf\u2100-\u214f]*$/u;

export function renderDisclosurePdf(d: Delivery): Promise<Buffer> {
	const refusal = d.outcome === 'refusal';
	const title = refusal ? `Beslut om avslag – ${d.reference}` : `Beslut om utlämnande – ${d.reference}`;
	const { doc, root, width, block, finish } = startTaggedPdf({
		margin: MARGIN,
		lang: 'sv-SE',
		bufferPages: true,
		info: { Title: title, Author: d.organisation, Subject: 'Begäran om allmän handling', Creator: 'Medskapa' },
		ink: INK,
		gap: 0.5
	});
	const h1 = (text: string) => block('H1', text, { size: 18, bold: true, gap: 0.4 });
	const h2 = (text: string) => {
		if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
		doc.moveDown(0.5);
		block('H2', text, { size: 14, bold: true, gap: 0.3 });
	};
	const h3 = (text: string) => {
		if (doc.y > doc.page.height - MARGIN - 70) doc.addPage();
		block('H3', text, { size: 11.5, bold: true, gap: 0.2 });
	};
	const p = (text: string) => block('P', text, { size: 10.5 });
	const labelled = (label: string, value: string) => {
		block('P', label, { size: 10, bold: true, gap: 0.1 });
		p(value);
	};
	const note = (text: string) => block('P', text, { size: 9.5, color: MUTED });
	/** A field's text in one paragraph, every marker in bold so it stands out from what is handed out. */
	const masked = (segments: Delivery['records'][number]['fields'][number]['segments']) => {
		const pieces = segments
			.map((s) => ('masked' in s ? { text: MARKER(s.ground), bold: true } : { text: s.text, bold: false }))
			.filter((s) => s.text);
		if (pieces.length === 0) pieces.push({ text: '–', bold: false });
		// Runs of bold and plain text in one paragraph are set by pdfkit itself, which neither shapes nor orders
		// right-to-left scripts: a field in another script than Latin or Cyrillic goes through writeText, plain.
		if (!LATIN_OR_CYRILLIC.test(pieces.map((piece) => piece.text).join(''))) {
			p(pieces.map((piece) => piece.text).join(''));
			return;
		}
		const paragraph = doc.struct('P');
		root.add(paragraph);
		doc.fillColor(INK).fontSize(10.5);
		for (const [i, piece] of pieces.entries()) {
			const last = i === pieces.length - 1;
			paragraph.add(
				doc.struct('Span', {}, () => {
					doc.font(piece.bold ? SANS_BOLD : SANS);
					if (i === 0) doc.text(piece.text, MARGIN, doc.y, { width, continued: !last });
					else doc.text(piece.text, { continued: !last });
				})
			);
		}
		paragraph.end();
		doc.moveDown(0.5);
	};

	h1(title);
	note(`${d.organisation} · ${d.decidedAt}`);
	labelled('Begäran kom in', `${d.receivedAt} (${d.channel})`);
	labelled('Vad som begärdes', d.subject);
	labelled('Urval', `${d.selection.process}; ${d.selection.period}; ${d.selection.recordTypes}`);
	h2('Beslut');
	p(d.outcomeText);
	p(`Handlingar som omfattas: ${d.counts.records}. Maskerade uppgifter: ${d.counts.masked}.`);
	if (d.reason) labelled('Skäl', d.reason);
	if (d.grounds.length) {
		block('P', 'Grund för sekretess', { size: 10, bold: true, gap: 0.1 });
		for (const g of d.grounds) p(`${g.code}: ${g.label}`);
	}
	labelled('Beslutat av', `${d.decidedBy}, ${d.organisation}`);
	if (d.appeal) {
		h2('Hur man överklagar');
		p(d.appeal);
	}
	if (!refusal) {
		h2('Handlingarna');
		if (d.grounds.length) note(`Maskerade delar är ersatta med ${MARKER('grund')}, som anger sekretessgrunden.`);
		if (d.records.length === 0) p('Inga handlingar matchade begäran.');
		for (const [i, r] of d.records.entries()) {
			h3(`${i + 1}. ${r.heading}${r.processTitle ? ` – ${r.processTitle}` : ''}`);
			note([r.date, ...r.facts.map((f) => `${f.label}: ${f.value}`)].join(' · '));
			for (const f of r.fields) {
				block('P', f.label, { size: 9.5, bold: true, gap: 0.1 });
				masked(f.segments);
			}
		}
	}

	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		doc.font(SANS).fontSize(8.5).fillColor(MUTED);
		doc.text(`${d.reference} · sida ${i + 1} av ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
			width,
			align: 'right',
			lineBreak: false
		});
		doc.endMarkedContent();
		doc.page.margins.bottom = bottom;
	}
	root.end();
	return finish();
}
