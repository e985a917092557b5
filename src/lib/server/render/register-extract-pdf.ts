/**
 * @module The register extract (registerutdrag) as a PDF, in the reader's language: everything Medskapa holds
 * about one person, as the JSON download gives it. Tagged (headings, paragraphs), document language and title;
 * the embedded Unicode fonts (pdf-fonts.ts) set what people wrote in any script.
 */
import { startTaggedPdf } from './tagged-pdf';
import { formatDate, formatDateTime, translator, type Locale, type MessageKey } from '../../i18n/index';
import type { RegisterExtract } from '../modules/retention/index';

const MARGIN = 56;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';

export function renderRegisterExtractPdf(extract: RegisterExtract, locale: Locale): Promise<Buffer> {
	const t = translator(locale);
	const day = (iso: string) => formatDate(locale, new Date(iso));
	const { doc, block, finish } = startTaggedPdf({
		margin: MARGIN,
		lang: locale === 'sv' ? 'sv-SE' : 'en-GB',
		info: { Title: t('extract.title'), Author: extract.organisation, Creator: 'Medskapa' },
		ink: INK,
		gap: 0.4
	});
	const h1 = (text: string) => block('H1', text, { size: 20, bold: true });
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
	const note = (text: string) => block('P', text, { size: 9.5, color: MUTED });
	const line = (label: MessageKey, value: string | null | undefined) => {
		if (value) p(`${t(label)}: ${value}`);
	};
	const none = (items: unknown[]) => {
		if (items.length === 0) p(t('extract.none'));
	};

	h1(t('extract.title'));
	p(t('extract.about', { organisation: extract.organisation, identifier: extract.request.identifier }));
	note(
		t('extract.generated', {
			time: formatDateTime(locale, new Date(extract.generatedAt)),
			received: formatDate(locale, extract.request.receivedOn)
		})
	);

	h2(t('extract.perspectives'));
	none(extract.perspectives);
	for (const x of extract.perspectives) {
		h3(`${x.process} · ${day(x.createdAt)}`);
		line('extract.receipt', x.receipt);
		line('extract.channel', t(`channel.${x.channel}` as MessageKey));
		line('extract.theme', x.theme);
		line('extract.text', x.text);
		if (x.restricted) note(t('extract.restricted'));
		if (x.contact)
			line(
				'extract.contact',
				[x.contact.email, x.contact.phone, `${t('extract.language')}: ${x.contact.language}`].filter(Boolean).join(', ')
			);
		if (x.contact?.unsubscribedAt) note(t('extract.unsubscribed', { date: day(x.contact.unsubscribedAt) }));
		if (x.profile)
			line(
				'extract.profile',
				[
					x.profile.ageBand,
					x.profile.area,
					x.profile.relation ? t(`relation.${x.profile.relation}` as MessageKey) : null
				]
					.filter(Boolean)
					.join(', ')
			);
		for (const r of x.routings) note(t('extract.routed', { receiver: r.receiver, status: r.status }));
	}

	h2(t('extract.messages'));
	none(extract.messages);
	for (const m of extract.messages) {
		h3(`${m.subject} · ${day(m.createdAt)}`);
		line('extract.recipient', m.recipient);
		line('extract.sentAt', m.sentAt ? formatDateTime(locale, new Date(m.sentAt)) : null);
		if (m.restricted) note(t('extract.restricted'));
		if (m.body) note(m.body);
	}

	h2(t('extract.notices'));
	none(extract.notices);
	for (const n of extract.notices) p(`${day(n.createdAt)} · ${n.process} · ${n.kind}`);

	h2(t('extract.consents'));
	none(extract.consents);
	for (const c of extract.consents) {
		h3(`${t(`extract.consent.${c.what}`)} · ${c.process}`);
		line('extract.consentedAt', formatDateTime(locale, new Date(c.consentedAt)));
		line('extract.wording', c.wording);
	}

	h2(t('extract.volunteers'));
	none(extract.panelVolunteers);
	for (const v of extract.panelVolunteers) {
		h3(`${v.process} · ${v.code}`);
		line('extract.name', v.name);
		line('extract.contact', [v.email, v.phone].filter(Boolean).join(', '));
		line('extract.address', v.address);
	}

	h2(t('extract.members'));
	none(extract.workingGroupMembers);
	for (const m of extract.workingGroupMembers) p(`${m.process} · ${m.name} · ${m.email}`);

	h2(t('extract.notLinkable'));
	p(t('extract.notLinkableText'));

	return finish();
}
