/**
 * @module A demo public-records request: someone asked for all records of Trygg Storgatan; the official gathered
 * them, kept the proposed masking of names, phone numbers and email addresses (OSL 21 kap. 7 §) and decided a
 * partial refusal, so the delivery (PDF, CSV) is there to download. The organisation's grounds list starts with
 * the common OSL grounds.
 */
import { maskedCount, reviewPassages } from '../../domain/disclosure/review';
import type { Tx } from '../db/client';
import { composeDelivery } from '../modules/disclosure/delivery';
import { gatherRecords } from '../modules/disclosure/gather-records';
import {
	ensureDefaultGrounds,
	findRequest,
	insertRequest,
	listGrounds,
	saveRequestDecision
} from '../modules/disclosure/queries/disclosure';
import { appendAudit } from '../modules/records/queries/audit';

const DAY = 86_400_000;

export const DEMO_DISCLOSURE_REASON =
	'Namn, telefonnummer och e-postadresser som invånare skrivit är personuppgifter. Det kan antas att ett utlämnande skulle leda till att uppgifterna behandlas i strid med dataskyddsförordningen, eftersom begäran gäller alla handlingar i dialogen och uppgifterna kan sammanställas. Övriga uppgifter lämnas ut.';

export async function seedDemoDisclosure(
	tx: Tx,
	args: {
		organisationId: string;
		organisationName: string;
		processId: string;
		official: { userId: string | null; name: string };
		now: Date;
		newId: () => string;
	}
): Promise<void> {
	const { organisationId, processId, now, newId } = args;
	await ensureDefaultGrounds(tx, organisationId, now, newId);
	const id = newId();
	const receivedAt = new Date(now.getTime() - 3 * DAY);
	const decidedAt = new Date(now.getTime() - 1 * DAY);
	await insertRequest(
		tx,
		{
			id,
			organisationId,
			receivedAt,
			channel: 'email',
			subject:
				'Jag begär att få ta del av alla handlingar i dialogen Trygg Storgatan: synpunkter, intervjuer, anteckningar, skickade meddelanden och beslut.',
			processId,
			periodFrom: null,
			periodTo: null,
			recordTypes: ['perspectives', 'interviews', 'harvestNotes', 'uploads', 'messages', 'decisions'],
			registeredByUserId: args.official.userId,
			createdAt: receivedAt
		},
		{ name: 'Lokaltidningen Solbacka', email: 'redaktionen@lokaltidningen.example', phone: null, address: null }
	);
	const request = await findRequest(tx, organisationId, id);
	if (!request) throw new Error('The demo request was not stored');
	const grounds = await listGrounds(tx, organisationId);
	const defaultGroundId = grounds.find((g) => g.defaultKey === 'osl-21-7')?.id ?? null;
	const records = await gatherRecords(tx, request);
	const passages = reviewPassages(records, request.review, defaultGroundId);
	const delivery = composeDelivery({
		request,
		organisation: args.organisationName,
		records,
		passages,
		grounds,
		defaultGroundId,
		outcome: 'partial',
		reason: DEMO_DISCLOSURE_REASON,
		decidedAt,
		decidedBy: args.official.name
	});
	await saveRequestDecision(tx, id, {
		outcome: 'partial',
		reason: DEMO_DISCLOSURE_REASON,
		decidedAt,
		decidedByUserId: args.official.userId,
		delivery
	});
	const audit = (action: string, at: Date, details: Record<string, unknown>) =>
		appendAudit(tx, {
			id: newId(),
			organisationId,
			actorUserId: args.official.userId,
			action,
			entityType: 'disclosure_request',
			entityId: id,
			details,
			at
		});
	await audit('disclosure.registered', receivedAt, { channel: 'email', processId, anonymous: false });
	await audit('disclosure.decided', decidedAt, {
		outcome: 'partial',
		records: records.length,
		masked: maskedCount(passages),
		grounds: delivery.grounds.map((g) => g.code)
	});
}
