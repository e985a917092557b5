/**
 * @module The records a request asks for, gathered from the organisation's dialogues: perspectives, interview
 * records, harvest notes, messages sent to residents, published decisions — received by the time the request
 * was and inside its period. Each record is a list of facts (never personal data: dates, channels, statuses) and
 * fields of text the review masks. Uploads: Medskapa keeps no uploaded file as a record (logos and import files
 * are read and not stored), so that type gathers nothing.
 */
import { inScope, type RecordType } from '../../../domain/disclosure/disclosure';
import type { RecordField } from '../../../domain/disclosure/review';
import { translator, type MessageKey } from '../../../i18n/index';
import type { Db, Tx } from '../../db/client';
import {
	harvestNotesFor,
	interviewsFor,
	messagesFor,
	perspectivesFor,
	publishedDecisionsFor,
	type RequestRow
} from './queries/disclosure';

export type Fact = { label: MessageKey; value: string; valueKey?: MessageKey };

export type GatheredRecord = {
	key: string;
	type: RecordType;
	processTitle: string | null;
	at: Date;
	facts: Fact[];
	fields: RecordField[];
};

/** Records are in Swedish, the language they were written in. */
const sv = translator('sv');
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

export async function gatherRecords(
	db: Db | Tx,
	request: Pick<RequestRow, 'organisationId' | 'processId' | 'receivedAt' | 'periodFrom' | 'periodTo' | 'recordTypes'>
): Promise<GatheredRecord[]> {
	const { organisationId, processId } = request;
	const wanted = new Set(request.recordTypes);
	const out: GatheredRecord[] = [];
	if (wanted.has('perspectives'))
		for (const p of await perspectivesFor(db, organisationId, processId))
			out.push({
				key: `perspective_${p.id}`,
				type: 'perspectives',
				processTitle: p.processTitle,
				at: p.createdAt,
				facts: [
					{ label: 'disclosure.fact.channel', value: p.channel, valueKey: `channel.${p.channel}` as MessageKey },
					{
						label: 'disclosure.fact.status',
						value: p.withdrawnAt ? 'withdrawn' : p.status,
						valueKey: `disclosure.status.${p.withdrawnAt ? 'withdrawn' : p.status}` as MessageKey
					},
					...(p.interviewId
						? [
								{
									label: 'disclosure.fact.fromInterview' as MessageKey,
									value: 'yes',
									valueKey: 'disclosure.yes' as MessageKey
								}
							]
						: [])
				],
				fields: [{ name: 'text', text: p.text }]
			});
	if (wanted.has('interviews'))
		for (const i of await interviewsFor(db, organisationId, processId))
			out.push({
				key: `interview_${i.id}`,
				type: 'interviews',
				processTitle: i.processTitle,
				at: i.createdAt,
				facts: [
					{ label: 'disclosure.fact.heldOn', value: i.heldOn },
					{
						label: 'disclosure.fact.mayQuote',
						value: i.mayQuote ? 'yes' : 'no',
						valueKey: i.mayQuote ? 'disclosure.yes' : 'disclosure.no'
					}
				],
				fields: [
					{ name: 'group', text: i.group },
					...(i.description ? [{ name: 'groupDescription', text: i.description }] : [])
				]
			});
	if (wanted.has('harvestNotes'))
		for (const n of await harvestNotesFor(db, organisationId, processId))
			out.push({
				key: `note_${n.id}`,
				type: 'harvestNotes',
				processTitle: n.processTitle,
				at: n.createdAt,
				facts: [
					{ label: 'disclosure.fact.session', value: `${n.session} (${n.heldOn})` },
					{ label: 'disclosure.fact.noteKind', value: n.kind, valueKey: `wg.note.${n.kind}` as MessageKey }
				],
				fields: [{ name: 'text', text: n.text }]
			});
	if (wanted.has('messages'))
		for (const m of await messagesFor(db, organisationId, processId))
			out.push({
				key: `message_${m.id}`,
				type: 'messages',
				processTitle: null,
				at: m.createdAt,
				facts: [
					{
						label: 'disclosure.fact.messageChannel',
						value: m.channel,
						valueKey: `disclosure.messageChannel.${m.channel}` as MessageKey
					},
					{
						label: 'disclosure.fact.messageStatus',
						value: m.status,
						valueKey: `disclosure.messageStatus.${m.status}` as MessageKey
					}
				],
				fields: [
					{ name: 'recipient', text: m.recipient },
					{ name: 'subject', text: m.subject },
					{ name: 'body', text: m.body }
				]
			});
	if (wanted.has('decisions'))
		for (const d of await publishedDecisionsFor(db, organisationId, processId))
			out.push({
				key: `decision_${d.id}`,
				type: 'decisions',
				processTitle: d.processTitle,
				at: d.publishedAt ?? noon(d.decidedOn),
				facts: [
					{ label: 'disclosure.fact.body', value: d.body },
					{ label: 'disclosure.fact.decidedOn', value: d.decidedOn },
					{
						label: 'disclosure.fact.caseNumber',
						value: `${d.caseNumber}${d.minutesParagraph ? ` ${d.minutesParagraph}` : ''}`
					}
				],
				fields: [
					...(d.summary ? [{ name: 'summary', text: d.summary }] : []),
					...d.outcomes.map((o, i) => ({
						name: `outcome${i}`,
						caption: o.proposal,
						text: `${sv(`decision.outcome.${o.outcome}` as MessageKey)}${o.reasons ? `: ${o.reasons}` : ''}`
					}))
				]
			});
	return out.filter((r) => inScope(r.at, request));
}
