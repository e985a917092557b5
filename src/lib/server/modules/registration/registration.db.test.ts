import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { auditEvents, decisions, perspectiveReports, planSections } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaffOfEachRole, type StaffActor } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import {
	exportRegister,
	loadProcessRegistration,
	loadPublicRegistrations,
	loadRegister,
	readRegistrationsSince,
	registerProcess,
	saveRegistrationSettings
} from './index';

describe.each(testDatabaseKinds())('registration (diarium) on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let staff: Record<'admin' | 'facilitator' | 'official' | 'elected', StaffActor>;
	let clock = new Date('2026-12-01T10:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		staff = await makeStaffOfEachRole(ctx, organisationId);
	});
	afterAll(async () => database?.close());

	it('lets the admin set the format and next number, and refuses formats without one {n}', async () => {
		expect(await saveRegistrationSettings(ctx, staff.official, { format: 'KS {year}/{n}', nextNumber: '5' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await saveRegistrationSettings(ctx, staff.admin, { format: 'KS {year}', nextNumber: '5' })).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'format', message: 'error.registration.formatNumber' }] }
		});
		expect((await saveRegistrationSettings(ctx, staff.admin, { format: 'KS {year}/{n}', nextNumber: '123' })).ok).toBe(
			true
		);
		const register = await loadRegister(ctx, staff.official);
		expect(register.ok && register.value.example).toBe('KS 2026/123');
	});

	it('registers a process as a case and its key records within it, then the records made since', async () => {
		const process = await makeProcess(ctx, organisationId, { title: 'Trygg torget' });
		await ctx.db
			.insert(planSections)
			.values({ processId: process.id, section: 'context', content: { text: 'x' }, updatedAt: clock });
		await ctx.db.insert(perspectiveReports).values({ processId: process.id, snapshot: {}, publishedAt: clock });
		expect(await registerProcess(ctx, staff.elected, process.slug)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});

		const first = await registerProcess(ctx, staff.official, process.slug);
		expect(first).toEqual({ ok: true, value: { numbers: ['KS 2026/123', 'KS 2026/123-1', 'KS 2026/123-2'] } });
		expect(await registerProcess(ctx, staff.official, process.slug)).toEqual({ ok: true, value: { numbers: [] } });

		// A decision drafted (its memo declaration is a record) and published later.
		const decisionId = randomUUID();
		await ctx.db.insert(decisions).values({
			id: decisionId,
			processId: process.id,
			body: 'Kommunstyrelsen',
			bodyKind: 'executive',
			decidedOn: '2026-12-10',
			caseNumber: 'KS 2026/99',
			status: 'draft',
			createdAt: clock,
			updatedAt: clock
		});
		const waiting = await loadProcessRegistration(ctx, staff.official, process.slug);
		expect(waiting.ok && waiting.value?.waiting).toBe(1);
		clock = new Date('2026-12-11T10:00:00Z');
		await ctx.db.update(decisions).set({ status: 'published', publishedAt: clock }).where(eq(decisions.id, decisionId));
		const second = await registerProcess(ctx, staff.facilitator, process.slug);
		expect(second).toEqual({ ok: true, value: { numbers: ['KS 2026/123-3', 'KS 2026/123-4'] } });

		// The next case takes the next number.
		const other = await makeProcess(ctx, organisationId, { title: 'Parken' });
		expect(await registerProcess(ctx, staff.admin, other.slug)).toEqual({
			ok: true,
			value: { numbers: ['KS 2026/124'] }
		});

		const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'registration.registered'));
		expect(audit).toHaveLength(3);

		const pub = await loadPublicRegistrations(ctx, { organisationId }, process.slug);
		expect(pub).toEqual({
			case: 'KS 2026/123',
			plan: 'KS 2026/123-1',
			report: 'KS 2026/123-2',
			decisions: { [decisionId]: 'KS 2026/123-4' }
		});
		expect(await loadPublicRegistrations(ctx, { organisationId: randomUUID() }, process.slug)).toMatchObject({
			case: null
		});
	});

	it('exports the register as CSV with Swedish headings, audited', async () => {
		expect(await exportRegister(ctx, staff.elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const csv = await exportRegister(ctx, staff.official);
		expect(csv.ok).toBe(true);
		if (!csv.ok) return;
		const text = new TextDecoder().decode(csv.value.body);
		const lines = text
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('Diarienummer,Handling,Typ,Dialog,Registrerad');
		expect(lines[1]).toBe('KS 2026/123,Trygg torget,Ärende,Trygg torget,2026-12-01 11:00');
		expect(lines.some((l) => l.startsWith('KS 2026/123-4,"Beslut, Kommunstyrelsen 2026-12-10",Beslut,'))).toBe(true);
		expect(await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'registration.exported'))).toHaveLength(
			1
		);
	});

	it('answers the records system with what was registered after a time', async () => {
		expect(await readRegistrationsSince(ctx, { kind: 'anonymous' }, null)).toEqual({
			ok: false,
			error: { code: 'unauthenticated' }
		});
		const all = await readRegistrationsSince(ctx, staff.official, null);
		expect(all.ok && all.value.registrations).toHaveLength(6);
		const since = await readRegistrationsSince(ctx, staff.official, new Date('2026-12-05T00:00:00Z'));
		expect(since.ok && since.value.registrations.map((r) => r.number)).toEqual([
			'KS 2026/123-3',
			'KS 2026/123-4',
			'KS 2026/124'
		]);
		expect(since.ok && since.value.registrations[0]).toMatchObject({
			kind: 'declaration',
			process: { title: 'Trygg torget' }
		});
	});
});
