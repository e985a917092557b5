import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { listPublicProcesses, loadPublicProcess, loadPublicProcessPage } from './load-public-process';

const DRAFT = 'framtidens-fritid';
const PUBLISHED = 'trygg-storgatan';

describe.each(testDatabaseKinds())('public pages of a process on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	const anonymous: Actor = { kind: 'anonymous' };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-11-22T09:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		await makeProcess(ctx, organisationId, {
			slug: PUBLISHED,
			population: { ageBand: { '16-24': 1710, '25-44': 3920, '45-64': 3480, '65+': 3090 } }
		});
		await makeProcess(ctx, organisationId, { slug: DRAFT, phase: 'preparation', isPublished: false });
	});
	afterAll(async () => database?.close());

	it('lists only published processes, and none on an address without an organisation', async () => {
		const slugs = (await listPublicProcesses(ctx, { organisationId })).map((p) => p.slug);
		expect(slugs).toContain(PUBLISHED);
		expect(slugs).not.toContain(DRAFT);
		expect(await listPublicProcesses(ctx, { organisationId: null })).toEqual([]);
	});

	it('shows a published process to anyone, without its organisation or population', async () => {
		const page = await loadPublicProcessPage(ctx, anonymous, { organisationId }, PUBLISHED);
		if (!page.ok) throw new Error('not shown');
		expect(page.value.process.slug).toBe(PUBLISHED);
		expect(page.value.process).not.toHaveProperty('organisationId');
		expect(page.value.process).not.toHaveProperty('population');
	});

	it('hides a draft from the public and from staff of another organisation, and previews it for its own staff', async () => {
		const site = { organisationId };
		expect(await loadPublicProcessPage(ctx, anonymous, site, DRAFT)).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		const stranger: Actor = { kind: 'staff', userId: randomUUID(), organisationId: randomUUID(), role: 'admin' };
		expect((await loadPublicProcessPage(ctx, stranger, site, DRAFT)).ok).toBe(false);
		const own: Actor = { kind: 'staff', userId: randomUUID(), organisationId, role: 'official' };
		expect((await loadPublicProcessPage(ctx, own, site, DRAFT)).ok).toBe(true);
		// Where a page offers no preview (the API, the contribution form), a draft does not exist for staff either.
		expect((await loadPublicProcess(ctx, own, site, DRAFT)).ok).toBe(false);
	});
});
