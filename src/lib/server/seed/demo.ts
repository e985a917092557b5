/**
 * @module The demo organisation, its staff and processes. Seeded on first start of an empty database.
 */
import { normaliseSchedule } from '../../domain/process/rules';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import { findProcessBySlug, insertProcess } from '../modules/process/queries/processes';
import { listProcesses } from '../modules/process/queries/processes';
import { assignFacilitator } from '../modules/identity/queries/staff';
import { memberships, organisationHosts, organisations, staffTotp, users } from '../db/schema/index';
import { seedDemoRetention } from './demo-retention';
import { seedDemoNorrvik, SOLBACKA_HOST } from './demo-norrvik';
import type { UseCaseContext } from '../modules/context';
import { DEMO_PROCESSES } from './demo-processes';
import { seedDemoInterviews } from './demo-interviews';
import { seedDemoPerspectives } from './demo-perspectives';
import { seedDemoStatements } from './demo-statements';
import { DEMO_PANEL_PROCESS, seedDemoPanel } from './demo-panel';
import { seedDemoCocreation } from './demo-cocreation';
import { OUTCOMES_DEMO_SLUG, seedDemoOutcomes } from './demo-outcomes';
import { compileReport } from '../../domain/perspective/report';
import { loadReportMaterial, saveReport } from '../modules/perspectives/queries/reports';
import { seedMethods } from './methods';
import { PLAN_DEMO_SLUG, seedDemoPlan } from './demo-plan';
import { EVALUATION_DEMO_SLUG, seedDemoEvaluation } from './demo-evaluation';
import { ROUTING_DEMO_SLUG, seedDemoRouting } from './demo-routing';
import { seedDemoRegistration } from './demo-registration';

export const DEMO_ORGANISATION = {
	slug: 'solbacka',
	name: 'Solbacka kommun',
	privacyContact: 'dataskyddsombud@solbacka.example',
	contactPhone: '0123-45 67 00',
	contactEmail: 'kontakt@solbacka.example',
	visitingAddress: 'Stadshuset, Torggatan 1, 123 45 Solbacka'
};

export const DEMO_PASSWORD = 'medskapa-demo';

/**
 * The demo admin's authenticator-app secret (organisation admins must sign in in two steps). Public on
 * purpose, like the demo password: add it to any authenticator app, or run `medskapa totp-code`.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'MEDSKAPADEMOADMINTOTPSECRET2FA23';

export const DEMO_LOGINS = [
	{ email: 'processledare@solbacka.example', name: 'Amina Berg', role: 'facilitator' as const },
	{ email: 'admin@solbacka.example', name: 'Johan Lind', role: 'admin' as const },
	{ email: 'tjansteperson@solbacka.example', name: 'Eva Holm', role: 'official' as const },
	{ email: 'fortroendevald@solbacka.example', name: 'Karin Ek', role: 'elected' as const }
];

/** Runs the installation (creates organisations); holds no role in any organisation. */
export const DEMO_PLATFORM_ADMIN = { email: 'plattform@medskapa.example', name: 'Sam Öberg' };

export async function isEmpty(db: Db): Promise<boolean> {
	const rows = await db.select({ id: organisations.id }).from(organisations).limit(1);
	return rows.length === 0;
}

export async function seedDemo(ctx: UseCaseContext, options: { publicUrl?: string } = {}): Promise<void> {
	const now = ctx.now();
	const organisationId = ctx.newId();
	const hashes = await Promise.all([...DEMO_LOGINS, 'platform', 'norrvik'].map(() => hashPassword(DEMO_PASSWORD)));
	await ctx.db.transaction(async (tx) => {
		await tx.insert(organisations).values({ id: organisationId, ...DEMO_ORGANISATION, createdAt: now });
		await tx.insert(organisationHosts).values({ host: SOLBACKA_HOST, organisationId });
		const platformAdminId = ctx.newId();
		await tx.insert(users).values({
			id: platformAdminId,
			...DEMO_PLATFORM_ADMIN,
			passwordHash: hashes[DEMO_LOGINS.length],
			isPlatformAdmin: true,
			createdAt: now
		});
		// Like the organisation admins, the platform admin signs in with a second factor (the same demo secret).
		await tx
			.insert(staffTotp)
			.values({ userId: platformAdminId, secret: DEMO_ADMIN_TOTP_SECRET, confirmedAt: now, createdAt: now });
		const userIds: string[] = [];
		for (const [i, login] of DEMO_LOGINS.entries()) {
			const userId = ctx.newId();
			userIds.push(userId);
			await tx
				.insert(users)
				.values({ id: userId, email: login.email, name: login.name, passwordHash: hashes[i], createdAt: now });
			await tx.insert(memberships).values({ userId, organisationId, role: login.role });
			if (login.role === 'admin')
				await tx.insert(staffTotp).values({ userId, secret: DEMO_ADMIN_TOTP_SECRET, confirmedAt: now, createdAt: now });
		}
		await seedMethods(tx, organisationId, ctx.newId, now);
		for (const demo of DEMO_PROCESSES) {
			const { slug, currentPhase, isPublished, areas, population, ...description } = demo;
			const id = ctx.newId();
			await insertProcess(tx, {
				...description,
				schedule: normaliseSchedule(description.schedule),
				id,
				organisationId,
				slug,
				currentPhase,
				areas,
				population,
				isPublished,
				publishedAt: isPublished ? now : null,
				createdAt: now,
				updatedAt: now
			});
			await appendAudit(tx, {
				id: ctx.newId(),
				organisationId,
				actorUserId: null,
				action: 'process.seeded',
				entityType: 'process',
				entityId: id,
				details: { slug },
				at: now
			});
			await seedDemoPerspectives(tx, id, slug, now, ctx.newId);
			// Interviews were held by the official (Eva Holm in the demo logins).
			await seedDemoInterviews(
				tx,
				id,
				slug,
				now,
				ctx.newId,
				userIds[DEMO_LOGINS.findIndex((l) => l.role === 'official')] ?? null
			);
			await seedDemoStatements(tx, id, slug, now, ctx.newId);
			if (slug === PLAN_DEMO_SLUG) await seedDemoPlan(tx, id, now, ctx.newId);
			if (slug === DEMO_PANEL_PROCESS)
				await seedDemoPanel(tx, { processId: id, organisationId, areas, population, now, newId: ctx.newId });
			// The village process is in its compilation phase with the report already out (no mail at seed).
			if (currentPhase === 'compilation') {
				const snapshot = compileReport({ process: description, ...(await loadReportMaterial(tx, id)), population });
				await saveReport(tx, id, snapshot, now, null);
			}
		}
		// The working group continuing the village case (phases 4–5).
		const userOf = (role: string) => userIds[DEMO_LOGINS.findIndex((l) => l.role === role)] ?? null;
		await seedDemoCocreation(tx, {
			organisationId,
			facilitatorUserId: userOf('facilitator'),
			officialUserId: userOf('official'),
			now,
			newId: ctx.newId
		});
		// A park process that has gone the whole loop to implementation (phases 6–7), with the demo receipt.
		await seedDemoOutcomes(tx, {
			organisationId,
			facilitatorUserId: userOf('facilitator'),
			officialUserId: userOf('official'),
			now,
			newId: ctx.newId,
			publicUrl: options.publicUrl
		});
		// Evaluation results and lessons, on whichever demo process EVALUATION_DEMO_SLUG names (seeded above).
		const evaluated = await findProcessBySlug(tx, organisationId, EVALUATION_DEMO_SLUG);
		if (evaluated) await seedDemoEvaluation(tx, evaluated.id, now, ctx.newId);
		// The park dialogue in implementation has its evaluation results too (the survey's answers, no comments).
		const park = await findProcessBySlug(tx, organisationId, OUTCOMES_DEMO_SLUG);
		if (park && park.id !== evaluated?.id) await seedDemoEvaluation(tx, park.id, now, ctx.newId, { lessons: false });
		// Trygg Storgatan passes remarks about the police on: the receivers, one answered, one waiting.
		const routed = await findProcessBySlug(tx, organisationId, ROUTING_DEMO_SLUG);
		if (routed)
			await seedDemoRouting(tx, {
				organisationId,
				processId: routed.id,
				facilitatorUserId: userOf('facilitator'),
				now,
				newId: ctx.newId
			});
		// A public-records request for all of Trygg Storgatan, decided as a partial refusal (names, phones, emails masked).
		// Loaded when seeding only: the request module names staff messages, and nothing on a participant page needs it.
		const { seedDemoDisclosure } = await import('./demo-disclosure');
		if (routed)
			await seedDemoDisclosure(tx, {
				organisationId,
				organisationName: DEMO_ORGANISATION.name,
				processId: routed.id,
				official: { userId: userOf('official'), name: DEMO_LOGINS.find((l) => l.role === 'official')?.name ?? '' },
				now,
				newId: ctx.newId
			});
		// The register: the park dialogue (KS <year>/122) with its records numbered, and Trygg Storgatan (123).
		await seedDemoRegistration(tx, {
			organisationId,
			cases: [
				...(park ? [{ process: park, caseNumber: 122 }] : []),
				...(routed ? [{ process: routed, caseNumber: 123 }] : [])
			],
			userId: userOf('facilitator') ?? null,
			now,
			newId: ctx.newId
		});
		// The demo facilitator runs every demo process.
		const facilitator = userOf('facilitator');
		if (facilitator)
			for (const p of await listProcesses(tx, organisationId, 'all'))
				await assignFacilitator(tx, p.id, facilitator, now);
		// The records plan, old receipts for the disposal preview, and an open register-extract request.
		await seedDemoRetention(tx, { organisationId, adminUserId: userOf('admin'), now, newId: ctx.newId });
		// A second organisation on the same installation, at its own address.
		await seedDemoNorrvik(tx, {
			now,
			newId: ctx.newId,
			passwordHash: hashes[DEMO_LOGINS.length + 1],
			totpSecret: DEMO_ADMIN_TOTP_SECRET
		});
	});
}
