import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/access/can';
import type { Database } from '../db/client';
import { auditEvents } from '../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../testing/databases';
import { makeOrganisation, makeProcess, makeStaff } from '../testing/factories';
import type { UseCaseContext } from '../modules/context';
import { exportProcessRecords } from '../modules/records/export-process-records';
import { publishProcess } from '../modules/process/publish-process';
import { recordAccessDenied, withDenialScope } from './access-denied';

describe.each(testDatabaseKinds())('auditing refusals on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let official: Actor;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-06-01T08:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		official = (await makeStaff(ctx, organisationId, 'official')).actor;
		// Both processes exist: the official is refused by the gate, not for want of a process.
		await makeProcess(ctx, organisationId, { slug: 'leva-tillsammans-i-lillby', phase: 'compilation' });
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan', phase: 'preparation', isPublished: false });
	});
	afterAll(async () => database?.close());

	const denied = () => database.db.select().from(auditEvents).where(eq(auditEvents.action, 'access.denied'));
	const request = (actor: Actor, action: string | null, clientAddress = '203.0.113.7') => ({
		organisationId,
		actor,
		action,
		route: '/(staff)/hantera/processer/[slug]/export/[file]',
		path: '/hantera/processer/leva-tillsammans-i-lillby/export/perspektiv.csv',
		method: 'GET',
		formAction: null,
		clientAddress,
		at: ctx.now()
	});

	it('learns from the use case which permission was refused, and nothing outside a request', async () => {
		const { result, deniedAction } = await withDenialScope(() =>
			exportProcessRecords(ctx, official, 'leva-tillsammans-i-lillby', { format: 'csv', table: 'perspektiv' }, 'sv')
		);
		expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(deniedAction).toBe('export.download');
		expect((await withDenialScope(() => publishProcess(ctx, official, 'trygg-storgatan'))).deniedAction).toBe(
			'process.publish'
		);
		expect((await withDenialScope(async () => 'nothing refused')).deniedAction).toBeNull();
	});

	it('writes who, which permission and which route, never a body, on its own outside the refused transaction', async () => {
		// A refused change whose transaction rolls back must still leave its refusal.
		await database.db
			.transaction(async (tx) => {
				await tx
					.insert(auditEvents)
					.values({ id: randomUUID(), organisationId, action: 'rolled.back', entityType: 'x', createdAt: ctx.now() });
				tx.rollback();
			})
			.catch(() => undefined);
		expect(await recordAccessDenied(database, request(official, 'export.download'))).toBe(true);
		const [event] = await denied();
		expect(event.actorUserId).toBe((official as { userId: string }).userId);
		expect(event.details).toEqual({
			actor: 'staff',
			role: 'official',
			permission: 'export.download',
			route: '/(staff)/hantera/processer/[slug]/export/[file]',
			path: '/hantera/processer/leva-tillsammans-i-lillby/export/perspektiv.csv',
			method: 'GET'
		});
		expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'rolled.back'))).toHaveLength(0);
	});

	it('names a member by id and an anonymous visitor not at all, and stops auditing an anonymous flood', async () => {
		await recordAccessDenied(
			database,
			request({ kind: 'member', memberId: 'm-1', processId: 'p', organisationId, role: 'resident' }, 'session.plan')
		);
		expect((await denied()).find((e) => e.details.actor === 'member')?.details).toMatchObject({
			memberId: 'm-1',
			permission: 'session.plan'
		});
		const results = [];
		for (let i = 0; i < 105; i++)
			results.push(
				await recordAccessDenied(
					database,
					request({ kind: 'anonymous' }, null, `198.51.100.${kind === 'pglite' ? 9 : 19}`)
				)
			);
		expect(results.filter(Boolean)).toHaveLength(100);
		const anonymous = (await denied()).filter((e) => e.details.actor === 'anonymous');
		expect(anonymous).toHaveLength(100);
		expect(anonymous[0].actorUserId).toBeNull();
		expect(anonymous[0].details.permission).toBe('unknown');
		// Another address is audited as before.
		expect(await recordAccessDenied(database, request({ kind: 'anonymous' }, null, '198.51.100.10'))).toBe(true);
	});
});
