/**
 * @module Demo: Solbacka's records plan (dokumenthanteringsplan), the receipts residents were mailed when they
 * left a perspective (so the disposal preview has old messages to list), the consent wording of the park
 * dialogue's web form, and one open register-extract request for the park's demo resident. All people are
 * fictional.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import type { RecordsPlan } from '../../domain/retention/records-plan';
import { subjectRequestDueOn } from '../../domain/retention/subject-request';
import type { Tx } from '../db/client';
import { outbox, perspectiveContacts, perspectives, processes } from '../db/schema/index';
import { webConsentText } from '../modules/perspectives/submit-perspective';
import { appendAudit } from '../modules/records/queries/audit';
import { writeRecordsPlan } from '../modules/retention/queries/plans';
import { insertSubjectRequest } from '../modules/retention/queries/subject-requests';
import { COCREATION_DEMO_SLUG } from './demo-cocreation';
import { OUTCOMES_DEMO_SLUG } from './demo-outcomes';

/** The demo resident of the park dialogue: two perspectives, the decision's and the lighting's messages. */
export const DEMO_SUBJECT_EMAIL = 'demo.boende@solbacka.example';

/**
 * A municipality's plan: what residents wrote is a public record and is kept; personal data goes when its
 * purpose is served; messages are kept half a year, for questions about what was sent.
 */
export const SOLBACKA_RECORDS_PLAN: RecordsPlan = {
	perspectiveText: { kind: 'keep' },
	interviewNotes: { kind: 'keep' },
	contactDetails: { kind: 'event', event: 'processEnded', months: 3 },
	selfDescriptions: { kind: 'event', event: 'decisionPublished', months: 6 },
	uploads: { kind: 'age', months: 24 },
	panelVolunteers: { kind: 'event', event: 'processEnded', months: 3 },
	statementVotes: { kind: 'event', event: 'decisionPublished', months: 12 },
	messages: { kind: 'age', months: 6 }
};

export async function seedDemoRetention(
	tx: Tx,
	o: { organisationId: string; adminUserId: string | null; now: Date; newId: () => string }
): Promise<void> {
	await writeRecordsPlan(tx, o.organisationId, SOLBACKA_RECORDS_PLAN, o.now, o.adminUserId);

	// The park's web form showed the usual consent wording (the seeded contacts were made without it).
	const park = tx
		.select({ id: perspectives.id })
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(and(eq(processes.organisationId, o.organisationId), eq(processes.slug, OUTCOMES_DEMO_SLUG)));
	await tx
		.update(perspectiveContacts)
		.set({ consentText: webConsentText('sv') })
		.where(and(inArray(perspectiveContacts.perspectiveId, park), eq(perspectiveContacts.consentText, '')));

	// Every contact with an email in the park and the village working group got a receipt when they wrote.
	const contacts = await tx
		.select({
			id: perspectives.id,
			receipt: perspectives.receipt,
			at: perspectives.createdAt,
			email: perspectiveContacts.email,
			title: processes.title
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(
			and(
				eq(processes.organisationId, o.organisationId),
				inArray(processes.slug, [OUTCOMES_DEMO_SLUG, COCREATION_DEMO_SLUG]),
				like(perspectiveContacts.email, '%@%')
			)
		);
	for (const c of contacts)
		await tx.insert(outbox).values({
			id: o.newId(),
			organisationId: o.organisationId,
			channel: 'email',
			dedupeKey: `demo-receipt:${c.id}`,
			recipient: c.email!,
			subject: `Tack för ditt perspektiv – ${c.title}`,
			bodyText: `Tack för att du delade ditt perspektiv i ${c.title}. Din kvittenskod är ${c.receipt}. Med den kan du följa vad som händer med det du skrev.`,
			status: 'sent',
			attempts: 1,
			nextAttemptAt: c.at,
			createdAt: c.at,
			sentAt: c.at
		});

	// The park's demo resident asked for a register extract five days ago; it waits on the admin's inbox.
	const received = new Date(o.now.getTime() - 5 * 24 * 3600_000).toISOString().slice(0, 10);
	const id = o.newId();
	await insertSubjectRequest(
		tx,
		{
			id,
			organisationId: o.organisationId,
			kind: 'access',
			identifierKind: 'email',
			receivedOn: received,
			dueOn: subjectRequestDueOn(received),
			status: 'open',
			createdAt: o.now,
			createdByUserId: o.adminUserId
		},
		DEMO_SUBJECT_EMAIL
	);
	await appendAudit(tx, {
		id: o.newId(),
		organisationId: o.organisationId,
		actorUserId: o.adminUserId,
		action: 'subjectRequest.registered',
		entityType: 'subjectRequest',
		entityId: id,
		details: { kind: 'access', identifierKind: 'email', dueOn: subjectRequestDueOn(received) },
		at: o.now
	});
}
