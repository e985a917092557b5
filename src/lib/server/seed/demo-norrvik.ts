/**
 * @module The second demo organisation: Norrviks byalag, a village association on the same installation.
 * It shows tenancy: its own address, staff, settings and dialogue, none of it visible from Solbacka's
 * address (and the other way round). As an association it deletes withdrawn contributions for real.
 */
import { normaliseSchedule } from '../../domain/process/rules';
import type { Tx } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import { insertProcess } from '../modules/process/queries/processes';
import { memberships, organisationHosts, organisations, staffTotp, users } from '../db/schema/index';
import type { DemoProcess } from './demo-process';
import { seedDemoPerspectives } from './demo-perspectives';

export const NORRVIK = {
	organisation: {
		slug: 'norrvik',
		name: 'Norrviks byalag',
		privacyContact: 'styrelsen@norrvik.example',
		contactPhone: '0612-123 45',
		contactEmail: 'byalaget@norrvik.example',
		visitingAddress: 'Byastugan, Norrviksvägen 12, 870 10 Norrvik',
		recordsPolicy: 'delete' as const,
		contactRetentionDays: 30,
		brandColour: '#1f5f3a'
	},
	/** Open the demo at http://norrvik.localhost:3000 (browsers send every *.localhost to this machine). */
	host: 'norrvik.localhost',
	login: { email: 'admin@norrvik.example', name: 'Lena Nyström', role: 'admin' as const }
};

/** The address of the first demo organisation, besides every address no organisation has. */
export const SOLBACKA_HOST = 'solbacka.localhost';

const BYASTUGAN: DemoProcess = {
	slug: 'byastugan',
	title: 'Vad ska byastugan användas till?',
	question: 'Hur vill vi i Norrvik använda byastugan de kommande fem åren?',
	purpose:
		'Byalaget har fått byastugan som gåva och vill att den ska användas av många. Innan styrelsen bestämmer öppettider och uthyrning vill vi höra vad byborna vill.',
	context:
		'Stugan behöver ett nytt tak inom två år. Byalaget har 140 medlemmar; alla som bor i Norrvik får vara med i dialogen, medlem eller inte.',
	influence: {
		openToInfluence: 'Vad stugan ska användas till, när den ska vara öppen och om och hur den ska hyras ut.',
		notNegotiable: 'Att stugan ska vara byalagets och inte säljas.',
		notNegotiableReason: 'Det var ett villkor i gåvobrevet.',
		whoDecides: 'Byalagets årsmöte',
		decisionWhen: 'Årsmötet i mars 2027',
		feedbackHow:
			'Styrelsen sammanställer det som kommit in i januari 2027, publicerar det här och sätter upp det på anslagstavlan vid affären.'
	},
	participation: {
		agenda: 'dialogue',
		drafting: 'dialogue',
		decision: 'consultation',
		implementation: 'consultation',
		monitoring: 'information',
		reformulation: 'none'
	},
	schedule: [
		{ phase: 'preparation', startsOn: '2026-10-01', endsOn: '2026-10-31' },
		{ phase: 'collection', startsOn: '2026-11-01', endsOn: '2026-12-31' },
		{ phase: 'compilation', startsOn: '2027-01-04', endsOn: '2027-01-29' },
		{ phase: 'cocreation', startsOn: '2027-02-01', endsOn: '2027-02-19' },
		{ phase: 'proposals', startsOn: '2027-02-22', endsOn: '2027-03-05' },
		{ phase: 'decision', startsOn: '2027-03-13', endsOn: '2027-03-13' },
		{ phase: 'implementation', startsOn: '2027-03-15', endsOn: '2027-12-17' },
		{ phase: 'learning', startsOn: '2028-01-10', endsOn: '2028-02-11' }
	],
	currentPhase: 'collection',
	areas: ['Norrvik', 'Utanför byn'],
	population: {},
	isPublished: true
};

export async function seedDemoNorrvik(
	tx: Tx,
	ctx: { now: Date; newId: () => string; passwordHash: string; totpSecret: string }
): Promise<void> {
	const { now, newId } = ctx;
	const organisationId = newId();
	await tx
		.insert(organisations)
		.values({ id: organisationId, ...NORRVIK.organisation, createdAt: new Date(now.getTime() + 1) });
	await tx.insert(organisationHosts).values({ host: NORRVIK.host, organisationId });
	const userId = newId();
	await tx.insert(users).values({
		id: userId,
		email: NORRVIK.login.email,
		name: NORRVIK.login.name,
		passwordHash: ctx.passwordHash,
		createdAt: now
	});
	await tx.insert(memberships).values({ userId, organisationId, role: NORRVIK.login.role });
	// An admin signs in with a second factor: the demo's authenticator secret, as Solbacka's admin.
	await tx.insert(staffTotp).values({ userId, secret: ctx.totpSecret, confirmedAt: now, createdAt: now });
	const { slug, currentPhase, isPublished, areas, population, ...description } = BYASTUGAN;
	const processId = newId();
	await insertProcess(tx, {
		...description,
		schedule: normaliseSchedule(description.schedule),
		id: processId,
		organisationId,
		slug,
		currentPhase,
		areas,
		population,
		isPublished,
		publishedAt: now,
		createdAt: now,
		updatedAt: now
	});
	await appendAudit(tx, {
		id: newId(),
		organisationId,
		actorUserId: null,
		action: 'process.seeded',
		entityType: 'process',
		entityId: processId,
		details: { slug },
		at: now
	});
	await seedDemoPerspectives(tx, processId, slug, now, newId);
}
