/**
 * @module Demo routing for Trygg Storgatan, whose declaration promises that remarks about the police are passed
 * on: the receivers register (the community police, the safety council, the housing company), one remark
 * passed on to the police and answered (its fixed receipt `DEMO_ROUTED_RECEIPT` shows the answer on the
 * trace), and one still waiting for an answer. No mail is sent at seed.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { addWorkingDays, swedishDay } from '../../domain/routing/routing';
import { hashSessionToken } from '../auth/session-token';
import type { Tx } from '../db/client';
import { perspectives, routings } from '../db/schema/index';
import { insertReceiver, insertRoutings } from '../modules/routing/queries/routing';

export const ROUTING_DEMO_SLUG = 'trygg-storgatan';
export const DEMO_ROUTED_RECEIPT = 'DM-TRG-PQN';
export const DEMO_POLICE = {
	name: 'Polisen i Solbacka, kommunpolis',
	email: 'kommunpolis.solbacka@polisen.example'
};

const DAY = 86_400_000;

export async function seedDemoRouting(
	tx: Tx,
	args: { organisationId: string; processId: string; facilitatorUserId: string | null; now: Date; newId: () => string }
): Promise<void> {
	const { organisationId, processId, now, newId } = args;
	const police = newId();
	const receivers = [
		{
			id: police,
			...DEMO_POLICE,
			kind: 'police' as const,
			phone: '114 14',
			note: 'Kommunpolisen för centrum. Svarar oftast inom två veckor.'
		},
		{
			id: newId(),
			name: 'Trygghetsrådet i Solbacka',
			kind: 'safety_council' as const,
			email: 'trygghetsradet@solbacka.example',
			phone: null,
			note: 'Kommunen, polisen och fastighetsägarna. Sammanträder varannan månad.'
		},
		{
			id: newId(),
			name: 'Solbackahem AB',
			kind: 'housing_company' as const,
			email: 'kundservice@solbackahem.example',
			phone: null,
			note: 'Det kommunala bostadsbolaget: belysning och buskar på gårdar och parkeringar.'
		}
	];
	for (const r of receivers) await insertReceiver(tx, { ...r, organisationId, createdAt: now });

	const find = async (start: string) =>
		(
			await tx
				.select({ id: perspectives.id, text: perspectives.text })
				.from(perspectives)
				.where(and(eq(perspectives.processId, processId), like(perspectives.text, `${start}%`)))
		)[0];
	const answeredRemark = await find('Polisen syns aldrig efter klockan 18');
	const waitingRemark = await find('Jag vill att det ska vara ordning på Storgatan');
	if (!answeredRemark || !waitingRemark) throw new Error('The demo remarks to route are missing from the content');
	// A fixed receipt, so the demo can show the answer on the trace.
	await tx.update(perspectives).set({ receipt: DEMO_ROUTED_RECEIPT }).where(eq(perspectives.id, answeredRemark.id));

	const routedAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
	const row = (perspectiveId: string, at: Date) => ({
		id: newId(),
		organisationId,
		perspectiveId,
		receiverId: police,
		receiverName: DEMO_POLICE.name,
		receiverEmail: DEMO_POLICE.email,
		note: 'Synpunkter om polisen förs vidare till er, enligt dialogens påverkansdeklaration.',
		// Nobody holds these links: the demo's mail was never sent.
		tokenHash: hashSessionToken(randomBytes(32).toString('base64url')),
		linkExpiresAt: new Date(at.getTime() + 60 * DAY),
		dueOn: addWorkingDays(swedishDay(at), 20),
		routedByUserId: args.facilitatorUserId,
		routedAt: at
	});
	const answered = row(answeredRemark.id, routedAt(12));
	await insertRoutings(tx, [answered, row(waitingRemark.id, routedAt(4))]);
	await tx
		.update(routings)
		.set({
			status: 'answered',
			answerText:
				'Tack för att ni hör av er. Från december går kommunpolisen i centrum fredag och lördag kväll, med start vid Torget klockan 19. Vi finns också på medborgarlöftets möte den 15 januari i Stadshuset.',
			answeredBy: 'Kim Ek, kommunpolis',
			answeredAt: routedAt(5)
		})
		.where(eq(routings.id, answered.id));
}
