/**
 * @module The descriptive record of a process as simple Dublin Core (the OAI-PMH `oai_dc` container), so any
 * archive system can catalogue the package. It also states, in plain Swedish and English, what the package
 * leaves out: personal data.
 */
import type { Process } from '../../../domain/process/process';
import { el, XML_DECLARATION } from './xml';

export const PERSONAL_DATA_STATEMENT = {
	sv: 'Paketet innehåller inga personuppgifter: inga kontaktuppgifter (e-post, telefon), inga självbeskrivningar, inga namn på deltagare, anmälda till medborgarpaneler, medlemmar i arbetsgrupper eller personal, och inga kvittenskoder. Personalens handlingar i loggen anges med ett id utan namn. Perspektivens texter är allmänna handlingar och finns med som de kom in, även dolda texter med skälet till att de doldes.',
	en: 'The package holds no personal data: no contact details (email, phone), no self-descriptions, no names of participants, panel volunteers, working-group members or staff, and no receipt codes. Staff actions in the log are given by an id without a name. The perspectives are public records and are kept as they came in, hidden ones too, with the reason they were hidden.'
};

export function dublinCore(input: { process: Process; organisation: string; createdAt: Date }): string {
	const p = input.process;
	const starts = p.schedule
		.map((s) => s.startsOn)
		.filter((d): d is string => Boolean(d))
		.sort();
	const ends = p.schedule
		.map((s) => s.endsOn)
		.filter((d): d is string => Boolean(d))
		.sort();
	const period = starts.length || ends.length ? `${starts[0] ?? ''}/${ends[ends.length - 1] ?? ''}` : null;
	const i = '\t';
	return (
		XML_DECLARATION +
		'<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">\n' +
		el('dc:title', p.title, i) +
		el('dc:creator', input.organisation, i) +
		el('dc:publisher', input.organisation, i) +
		el('dc:subject', 'Medborgardialog', i) +
		el('dc:description', `Fråga: ${p.question}`, i) +
		el('dc:description', p.purpose ? `Varför dialogen förs: ${p.purpose}` : '', i) +
		el('dc:description', p.influence.whoDecides ? `Vem som beslutar: ${p.influence.whoDecides}` : '', i) +
		el('dc:date', period, i) +
		el('dc:date', input.createdAt.toISOString(), i) +
		el('dc:type', 'Dataset', i) +
		el('dc:type', 'Text', i) +
		el('dc:format', 'text/csv', i) +
		el('dc:format', 'application/json', i) +
		el('dc:identifier', `urn:uuid:${p.id}`, i) +
		el('dc:identifier', p.slug, i) +
		el('dc:language', 'sv', i) +
		el('dc:rights', PERSONAL_DATA_STATEMENT.sv, i) +
		el('dc:rights', PERSONAL_DATA_STATEMENT.en, i) +
		'</oai_dc:dc>\n'
	);
}
