/**
 * @module Demo interview plans. Lillby follows the village case (70 interviews planned with residents,
 * associations, elected members and officials): its interview perspectives are grouped into interviews
 * of two or three perspectives each. Storgatan has a plan under way, so staff can record the next one.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { INTERVIEW_CONSENT_VERSION } from '../../domain/perspective/interview';
import type { Tx } from '../db/client';
import { insertInterview, insertInterviewTarget } from '../modules/perspectives/queries/interviews';
import { perspectiveProfiles, perspectives } from '../db/schema/index';

type DemoTarget = { key: string; name: string; description: string; targetCount: number; relations: (string | null)[] };

const PLANS: Record<string, DemoTarget[]> = {
	'leva-tillsammans-i-lillby': [
		{
			key: 'residents',
			name: 'Boende i Lillby',
			description: 'Både de som bott länge och nyinflyttade, unga och gamla.',
			targetCount: 45,
			relations: ['lives']
		},
		{
			key: 'associations',
			name: 'Föreningar och församling',
			description: 'Byalaget, idrottsföreningen, kyrkan och hembygdsföreningen.',
			targetCount: 8,
			relations: ['association']
		},
		{
			key: 'elected',
			name: 'Förtroendevalda',
			description: 'Ledamöter i kommunstyrelsen och berörda nämnder.',
			targetCount: 7,
			relations: ['other', null]
		},
		{
			key: 'officials',
			name: 'Tjänstepersoner',
			description: 'Skola, fritid, socialtjänst och samhällsbyggnad.',
			targetCount: 10,
			relations: ['works']
		}
	],
	'trygg-storgatan': [
		{ key: 'shops', name: 'Butiker och caféer längs Storgatan', description: '', targetCount: 8, relations: ['works'] },
		{
			key: 'young',
			name: 'Unga 16–24 år',
			description: 'Fritidsgården och gymnasiet – de syns sällan på möten.',
			targetCount: 10,
			relations: ['lives']
		},
		{ key: 'night', name: 'Nattvandrare och fältassistenter', description: '', targetCount: 4, relations: [] }
	]
};

export async function seedDemoInterviews(
	tx: Tx,
	processId: string,
	slug: string,
	now: Date,
	newId: () => string,
	interviewerUserId: string | null
): Promise<void> {
	const plan = PLANS[slug];
	if (!plan) return;
	const rows = await tx
		.select({
			id: perspectives.id,
			createdAt: perspectives.createdAt,
			isQuote: perspectives.isQuote,
			relation: perspectiveProfiles.relation
		})
		.from(perspectives)
		.leftJoin(perspectiveProfiles, eq(perspectiveProfiles.perspectiveId, perspectives.id))
		.where(and(eq(perspectives.processId, processId), eq(perspectives.channel, 'interview')))
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
	for (const [t, target] of plan.entries()) {
		const targetId = newId();
		await insertInterviewTarget(tx, {
			id: targetId,
			processId,
			name: target.name,
			description: target.description,
			targetCount: target.targetCount,
			createdAt: new Date(now.getTime() - 120 * 86400_000 + t)
		});
		const mine = rows.filter((r) => target.relations.includes(r.relation ?? null));
		// Two or three perspectives per interview, the way the notes of one conversation split up.
		for (let start = 0, n = 0; start < mine.length; n++) {
			const size = n % 3 === 1 ? 3 : 2;
			const chunk = mine.slice(start, start + size);
			start += size;
			const interviewId = newId();
			const heldOn = chunk[0].createdAt.toISOString().slice(0, 10);
			await insertInterview(tx, {
				id: interviewId,
				processId,
				targetId,
				heldOn,
				interviewerUserId,
				mayQuote: chunk.some((c) => c.isQuote) || n % 4 !== 3,
				consentVersion: INTERVIEW_CONSENT_VERSION,
				consentRecordedAt: chunk[0].createdAt,
				createdAt: chunk[0].createdAt
			});
			await tx
				.update(perspectives)
				.set({ interviewId })
				.where(
					inArray(
						perspectives.id,
						chunk.map((c) => c.id)
					)
				);
		}
	}
}
