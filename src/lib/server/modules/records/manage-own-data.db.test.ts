import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { findProcessBySlug } from '../process/queries/processes';
import { findReport } from '../perspectives/queries/reports';
import {
	auditEvents,
	organisations,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives,
	processPhases
} from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makePerspectives, makeProcess, makeStaff, makeTheme } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { eraseOwnPersonalData, exportOwnData, withdrawOwnPerspective } from './manage-own-data';
import { purgeExpiredContacts } from './purge-expired-contacts';
import { submitPerspective } from '../perspectives/submit-perspective';
import { harvestPerspective } from '../perspectives/harvest-perspective';
import { publishPerspectiveReport } from '../perspectives/publish-perspective-report';

describe.each(testDatabaseKinds())('a contributor manages their own data on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	const submit = (text: string) =>
		submitPerspective(
			ctx,
			{ organisationId, slug: 'trygg-storgatan' },
			{
				text,
				contact: { email: 'sara@example.se', phone: '070-111 22 33' },
				profile: { ageBand: '25-44', relation: 'lives' }
			}
		);

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const facilitator = await makeStaff(ctx, organisationId, 'facilitator');
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan', facilitatorUserId: facilitator.userId });
		// Lillby is compiling: its facilitator lifted two quotes under a theme and published the report.
		const lillby = await makeProcess(ctx, organisationId, {
			slug: 'leva-tillsammans-i-lillby',
			phase: 'compilation',
			facilitatorUserId: facilitator.userId
		});
		const theme = await makeTheme(ctx, lillby.id, 'Mötesplatser');
		const sent = await makePerspectives(
			ctx,
			lillby.id,
			[
				'Bygdegården är det enda stället där unga och gamla möts.',
				'Affären i byn är viktig för att vi ska träffas.',
				'Jag saknar en lekplats nära skolan.'
			],
			{ themeId: theme.id, contacts: [{ email: 'lillbybo@example.se' }, { phone: '070-222 33 44' }] }
		);
		for (const { id } of sent.slice(0, 2)) {
			const quoted = await harvestPerspective(ctx, facilitator.actor, 'leva-tillsammans-i-lillby', {
				command: 'quote',
				perspectiveId: id,
				isQuote: 'true'
			});
			expect(quoted.ok).toBe(true);
		}
		const published = await publishPerspectiveReport(
			ctx,
			facilitator.actor,
			'leva-tillsammans-i-lillby',
			'https://dialog.testby.example'
		);
		expect(published.ok).toBe(true);
	});
	afterAll(async () => database?.close());

	it('downloads everything stored, then erases the personal data and keeps the perspective', async () => {
		const sent = await submit('Det behövs fler papperskorgar vid torget.');
		if (!sent.ok) throw new Error('not saved');
		const exported = await exportOwnData(ctx, organisationId, sent.value.receipt.toLowerCase());
		expect(exported).toMatchObject({
			ok: true,
			value: {
				perspective: { text: 'Det behövs fler papperskorgar vid torget.', status: 'visible' },
				contact: { email: 'sara@example.se', phone: '070-111 22 33' },
				profile: { ageBand: '25-44', relation: 'lives' }
			}
		});
		expect(await eraseOwnPersonalData(ctx, organisationId, sent.value.receipt, {})).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect(await eraseOwnPersonalData(ctx, organisationId, sent.value.receipt, { confirm: 'on' })).toEqual({
			ok: true,
			value: { removed: 2 }
		});
		expect(
			await database.db.select().from(perspectiveContacts).where(eq(perspectiveContacts.perspectiveId, sent.value.id))
		).toEqual([]);
		expect(
			await database.db.select().from(perspectiveProfiles).where(eq(perspectiveProfiles.perspectiveId, sent.value.id))
		).toEqual([]);
		const [row] = await database.db.select().from(perspectives).where(eq(perspectives.id, sent.value.id));
		expect(row.status).toBe('visible');
		const [event] = await database.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.entityId, sent.value.id))
			.then((rows) => rows.filter((r) => r.action === 'privacy.personalDataErased'));
		expect(event.actorUserId).toBeNull();
		expect(JSON.stringify(event.details)).not.toContain('sara@');
	});

	it('a municipality keeps the text of a withdrawn perspective as a record, unpublished, with its personal data gone', async () => {
		const sent = await submit('Jag vill dra tillbaka det här.');
		if (!sent.ok) throw new Error('not saved');
		expect(await withdrawOwnPerspective(ctx, organisationId, sent.value.receipt, { confirm: 'on' })).toEqual({
			ok: true,
			value: { policy: 'keep' }
		});
		const [row] = await database.db.select().from(perspectives).where(eq(perspectives.id, sent.value.id));
		expect(row).toMatchObject({ status: 'withdrawn', text: 'Jag vill dra tillbaka det här.' });
		expect(row.withdrawnAt).not.toBeNull();
		expect(
			await database.db.select().from(perspectiveContacts).where(eq(perspectiveContacts.perspectiveId, sent.value.id))
		).toEqual([]);
		expect(await withdrawOwnPerspective(ctx, organisationId, sent.value.receipt, { confirm: 'on' })).toMatchObject({
			ok: false,
			error: { code: 'already_withdrawn' }
		});
	});

	it('a civil-society organisation deletes the text for real, also from the published report', async () => {
		await database.db
			.update(organisations)
			.set({ recordsPolicy: 'delete' })
			.where(eq(organisations.id, organisationId));
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		const quote = (await findReport(database.db, lillby.id))!.snapshot.themes.flatMap((t) => t.quotes)[0];
		const [quoted] = (
			await database.db.select().from(perspectives).where(eq(perspectives.processId, lillby.id))
		).filter((p) => p.isQuote && p.text === quote);
		expect(await withdrawOwnPerspective(ctx, organisationId, quoted.receipt, { confirm: 'on' })).toEqual({
			ok: true,
			value: { policy: 'delete' }
		});
		const [row] = await database.db.select().from(perspectives).where(eq(perspectives.id, quoted.id));
		expect(row).toMatchObject({ status: 'withdrawn', text: '', isQuote: false });
		const report = (await findReport(database.db, lillby.id))!.snapshot;
		expect(JSON.stringify(report)).not.toContain(quote);
		expect(report.totals.withdrawn).toBe(1);
		await database.db.update(organisations).set({ recordsPolicy: 'keep' }).where(eq(organisations.id, organisationId));
	});

	it('finds nothing with a code from another organisation or a wrong code', async () => {
		const sent = await submit('Kod från en annan organisation ska inte fungera.');
		if (!sent.ok) throw new Error('not saved');
		expect(await exportOwnData(ctx, randomUUID(), sent.value.receipt)).toMatchObject({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await eraseOwnPersonalData(ctx, organisationId, 'XX-XXX-XXX', { confirm: 'on' })).toMatchObject({
			ok: false,
			error: { code: 'not_found' }
		});
	});

	it('removes contact details automatically once a process has ended and the retention period passed', async () => {
		const storgatan = (await findProcessBySlug(database.db, organisationId, 'trygg-storgatan'))!;
		const before = await database.db.select().from(perspectiveContacts);
		expect(before.length).toBeGreaterThan(0);
		expect(await purgeExpiredContacts(ctx)).toEqual({ processes: 0, removed: 0 });
		// Storgatan's last phase "ended" long ago.
		await database.db
			.update(processPhases)
			.set({ endsOn: '2025-01-31' })
			.where(eq(processPhases.processId, storgatan.id));
		const result = await purgeExpiredContacts(ctx);
		expect(result.processes).toBe(1);
		expect(result.removed).toBeGreaterThan(0);
		const left = await database.db
			.select({ id: perspectiveContacts.perspectiveId, processId: perspectives.processId })
			.from(perspectiveContacts)
			.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId));
		expect(left.some((l) => l.processId === storgatan.id)).toBe(false);
		expect(left.length).toBeGreaterThan(0);
		expect(
			(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'privacy.contactsExpired'))).map(
				(e) => e.details
			)
		).toEqual([{ removed: result.removed, retentionDays: 90 }]);
	});
});
