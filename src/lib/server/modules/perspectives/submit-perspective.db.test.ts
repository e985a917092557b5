import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { countPerspectives, findByReceipt } from './queries/perspectives';
import { perspectiveContacts, perspectiveProfiles, perspectives } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { submitPerspective } from './submit-perspective';

describe.each(testDatabaseKinds())('submitting a perspective on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let storgatanId: string;
	const storgatan = () => ({ organisationId, slug: 'trygg-storgatan' });

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		// A process collecting perspectives, one that has moved on to its compilation, and one not yet published.
		storgatanId = (
			await makeProcess(ctx, organisationId, {
				slug: 'trygg-storgatan',
				areas: ['Storgatan', 'Centrum i övrigt', 'Andra delar av Solbacka']
			})
		).id;
		await makeProcess(ctx, organisationId, { slug: 'leva-tillsammans-i-lillby', phase: 'compilation' });
		await makeProcess(ctx, organisationId, { slug: 'framtidens-fritid', phase: 'preparation', isPublished: false });
	});
	afterAll(async () => database?.close());

	it('stores the text, keeps contact details and self-description in their own tables, and gives a receipt', async () => {
		const result = await submitPerspective(ctx, storgatan(), {
			text: '  Lamporna vid busshållplatsen är trasiga sedan i somras.  ',
			contact: { email: 'ung@example.se', phone: '' },
			profile: { ageBand: '16-24', area: 'Storgatan', relation: '' }
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.receipt).toMatch(/^[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		const [row] = await database.db.select().from(perspectives).where(eq(perspectives.id, result.value.id));
		expect(row).toMatchObject({
			text: 'Lamporna vid busshållplatsen är trasiga sedan i somras.',
			channel: 'web',
			status: 'visible'
		});
		expect(Object.keys(row)).not.toContain('email');
		const [contact] = await database.db
			.select()
			.from(perspectiveContacts)
			.where(eq(perspectiveContacts.perspectiveId, result.value.id));
		expect(contact).toMatchObject({ email: 'ung@example.se', phone: null });
		const [profile] = await database.db
			.select()
			.from(perspectiveProfiles)
			.where(eq(perspectiveProfiles.perspectiveId, result.value.id));
		expect(profile).toMatchObject({ ageBand: '16-24', area: 'Storgatan', relation: null });

		const view = await findByReceipt(database.db, result.value.receipt);
		expect(view).toMatchObject({
			perspective: { text: row.text, status: 'visible' },
			theme: null,
			hasContact: true,
			process: { slug: 'trygg-storgatan' }
		});
		expect(JSON.stringify(view)).not.toContain('ung@example.se');
	});

	it('stores no personal-data rows when none were given', async () => {
		const result = await submitPerspective(ctx, storgatan(), { text: 'Mer folk på kvällarna gör gatan tryggare.' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(
			await database.db.select().from(perspectiveContacts).where(eq(perspectiveContacts.perspectiveId, result.value.id))
		).toEqual([]);
		expect(
			await database.db.select().from(perspectiveProfiles).where(eq(perspectiveProfiles.perspectiveId, result.value.id))
		).toEqual([]);
	});

	it('refuses outside the collection phase, and for unknown or unpublished processes', async () => {
		expect(
			await submitPerspective(ctx, { organisationId, slug: 'leva-tillsammans-i-lillby' }, { text: 'Hej' })
		).toEqual({ ok: false, error: { code: 'phase_closed', phase: 'compilation' } });
		expect(await submitPerspective(ctx, { organisationId, slug: 'framtidens-fritid' }, { text: 'Hej' })).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await submitPerspective(ctx, { organisationId, slug: 'finns-inte' }, { text: 'Hej' })).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
	});

	it('explains each bad field and stores nothing', async () => {
		const before = await countPerspectives(database.db, storgatanId);
		const result = await submitPerspective(ctx, storgatan(), {
			text: ' ',
			contact: { email: 'inte-en-adress', phone: 'ring mig' },
			profile: { ageBand: '12-15' }
		});
		expect(result).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [
					{ field: 'text', message: 'error.perspective.text.required' },
					{ field: 'contact-email', message: 'error.perspective.email.format' },
					{ field: 'contact-phone', message: 'error.perspective.phone.format' },
					{ field: 'profile-ageBand', message: 'error.perspective.ageBand.choose' }
				]
			}
		});
		const wrongArea = await submitPerspective(ctx, storgatan(), {
			text: 'Hej',
			profile: { area: 'Månen' },
			themeId: randomUUID()
		});
		expect(wrongArea.ok ? null : wrongArea.error).toEqual({
			code: 'invalid',
			fields: [
				{ field: 'themeId', message: 'error.perspective.theme.unknown' },
				{ field: 'profile-area', message: 'error.perspective.area.unknown' }
			]
		});
		expect(await countPerspectives(database.db, storgatanId)).toEqual(before);
	});
});
