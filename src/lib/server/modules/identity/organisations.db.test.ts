import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { findDefaultOrganisation, findOrganisationByHost, findOrganisationBySlug } from './queries/organisations';
import { listProcesses } from '../process/queries/processes';
import { isFacilitatorOf, listStaff } from './queries/staff';
import { findStaffBySession } from './queries/users';
import { hashSessionToken } from '../../auth/session-token';
import { startStaffSession } from './staff-session';
import { outbox } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makePlatformAdmin, makeProcess, makeStaff } from '../../testing/factories';
import { resolveOrganisation } from '../../tenancy';
import { reviseOrganisationSettings, setOrganisationLogo } from './configure-organisation';
import type { UseCaseContext } from '../context';
import { addOrganisationHost, createOrganisation } from './manage-organisations';
import { addStaffMember, removeStaffMember, reviseStaffMember } from './manage-staff';
import { signInStaff } from './sign-in-staff';

const PASSWORD = 'rätt-lösenord';
const SOLBACKA_ADMIN = 'admin@solbacka.example';
const NORRVIK = { slug: 'norrvik', host: 'norrvik.localhost', email: 'admin@norrvik.example', brandColour: '#1f5f3a' };

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe.each(testDatabaseKinds())('organisations, staff and the platform on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let solbacka: string;
	let norrvik: string;
	let admin: Actor;
	let facilitator: Actor;
	let platform: Actor;
	const links = { origin: 'http://solbacka.localhost:3000', locale: 'sv' as const };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-12-01T08:00:00Z'), newId: () => randomUUID() };
		// Solbacka is the first organisation (the default for any other host); Norrvik came a day later.
		solbacka = (await makeOrganisation(ctx, { slug: 'solbacka', name: 'Solbacka kommun', host: 'solbacka.localhost' }))
			.id;
		const dayLater = { ...ctx, now: () => new Date('2026-12-02T08:00:00Z') };
		norrvik = (await makeOrganisation(dayLater, { slug: NORRVIK.slug, name: 'Norrviks kommun', host: NORRVIK.host }))
			.id;
		admin = (await makeStaff(ctx, solbacka, 'admin', { email: SOLBACKA_ADMIN, password: PASSWORD })).actor;
		facilitator = (await makeStaff(ctx, solbacka, 'facilitator')).actor;
		platform = (await makePlatformAdmin(ctx, solbacka)).actor;
		const norrvikAdmin = await makeStaff(ctx, norrvik, 'admin', { email: NORRVIK.email, password: PASSWORD });
		// Norrvik has its own colour, set by its own admin.
		const norrvikLook = await reviseOrganisationSettings(ctx, norrvikAdmin.actor, {
			name: 'Norrviks kommun',
			privacyContact: 'dataskydd@norrvik.example',
			contactRetentionDays: '90',
			recordsPolicy: 'keep',
			brandColour: NORRVIK.brandColour
		});
		expect(norrvikLook.ok).toBe(true);
		await makeProcess(ctx, solbacka, { slug: 'bruksparken-for-alla' });
		await makeProcess(ctx, solbacka, { slug: 'trygg-storgatan' });
		await makeProcess(ctx, norrvik, { slug: 'byastugan' });
	});
	afterAll(async () => database?.close());

	it('finds the organisation by the request host, and the first organisation for any other host', async () => {
		expect((await resolveOrganisation(database.db, 'NORRVIK.localhost:3000'))?.id).toBe(norrvik);
		expect((await resolveOrganisation(database.db, 'solbacka.localhost'))?.id).toBe(solbacka);
		expect((await resolveOrganisation(database.db, '127.0.0.1:3000'))?.id).toBe(solbacka);
		expect(await findOrganisationByHost(database.db, 'okand.example')).toBeNull();
	});

	it('signs staff in only where they hold a role, and the session is valid only in that organisation', async () => {
		expect(await signInStaff(ctx, norrvik, { email: SOLBACKA_ADMIN, password: PASSWORD })).toEqual({
			ok: false,
			error: { code: 'wrong_credentials' }
		});
		const inNorrvik = await signInStaff(ctx, norrvik, { email: NORRVIK.email, password: PASSWORD });
		expect(inNorrvik.ok).toBe(true);
		if (!inNorrvik.ok) return;
		const session = await startStaffSession(ctx, {
			userId: inNorrvik.value.userId,
			organisationId: norrvik,
			method: 'password'
		});
		expect(await findStaffBySession(database.db, hashSessionToken(session.token), ctx.now())).toMatchObject({
			organisationId: norrvik,
			role: 'admin'
		});
		// The same person's session is not valid in Solbacka, where they hold no role.
		const elsewhere = await startStaffSession(ctx, {
			userId: inNorrvik.value.userId,
			organisationId: solbacka,
			method: 'password'
		});
		expect(await findStaffBySession(database.db, hashSessionToken(elsewhere.token), ctx.now())).toBeNull();
	});

	it('refuses a colour white text cannot be read on, keeps a dark one, and only PNG or JPEG as logo', async () => {
		const base = {
			name: 'Solbacka kommun',
			privacyContact: 'dataskyddsombud@solbacka.example',
			contactRetentionDays: '90',
			recordsPolicy: 'keep'
		};
		const light = await reviseOrganisationSettings(ctx, admin, { ...base, brandColour: '#ffd700' });
		expect(light).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [{ field: 'brandColour', message: 'error.colour.contrast', params: { ratio: '1,4' } }]
			}
		});
		expect(
			await reviseOrganisationSettings(ctx, admin, { ...base, brandColour: '7A1F5C', contactRetentionDays: 'nittio' })
		).toMatchObject({ ok: false, error: { fields: [{ field: 'contactRetentionDays' }] } });
		expect(await reviseOrganisationSettings(ctx, admin, { ...base, brandColour: '7A1F5C' })).toMatchObject({
			ok: true,
			value: { brandColour: '#7a1f5c' }
		});
		expect((await findDefaultOrganisation(database.db))?.brandColour).toBe('#7a1f5c');
		expect(await reviseOrganisationSettings(ctx, facilitator, base)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});

		const svg = await setOrganisationLogo(ctx, admin, {
			name: 'logo.png',
			bytes: new TextEncoder().encode('<svg onload="alert(1)"/>')
		});
		expect(svg).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'logo', message: 'error.logo.type' }] }
		});
		expect(await setOrganisationLogo(ctx, admin, { name: 'logo.png', bytes: PNG })).toEqual({
			ok: true,
			value: { type: 'image/png' }
		});
		expect((await findDefaultOrganisation(database.db))?.logoType).toBe('image/png');
		// Norrvik's look is its own.
		expect(await findOrganisationBySlug(database.db, 'norrvik')).toMatchObject({
			brandColour: NORRVIK.brandColour,
			logo: null
		});
	});

	it('adds a person with a welcome mail, assigns processes to a facilitator, keeps the last admin', async () => {
		const added = await addStaffMember(
			ctx,
			admin,
			{ name: 'Olle Ny', email: 'Olle.Ny@Solbacka.example', role: 'facilitator' },
			links
		);
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		const mail = await database.db.select().from(outbox).where(eq(outbox.recipient, 'olle.ny@solbacka.example'));
		expect(mail).toHaveLength(1);
		expect(mail[0].bodyText).toContain('http://solbacka.localhost:3000/logga-in');
		expect(
			await addStaffMember(ctx, admin, { name: 'Olle Ny', email: 'olle.ny@solbacka.example', role: 'official' }, links)
		).toMatchObject({ ok: false, error: { fields: [{ field: 'email', message: 'error.staff.already' }] } });

		const processes = await listProcesses(database.db, solbacka, 'all');
		const park = processes.find((p) => p.slug === 'bruksparken-for-alla')!;
		const village = processes.find((p) => p.slug === 'trygg-storgatan')!;
		const norrvikProcess = (await listProcesses(database.db, norrvik, 'all'))[0];
		// Another organisation's process cannot be assigned, whatever is posted.
		expect(
			await reviseStaffMember(ctx, admin, added.value.userId, {
				role: 'facilitator',
				processIds: [park.id, norrvikProcess.id]
			})
		).toEqual({ ok: true, value: null });
		expect(await isFacilitatorOf(database.db, solbacka, park.slug, added.value.userId)).toBe(true);
		expect(await isFacilitatorOf(database.db, solbacka, village.slug, added.value.userId)).toBe(false);
		expect(await isFacilitatorOf(database.db, norrvik, norrvikProcess.slug, added.value.userId)).toBe(false);

		expect(
			await reviseStaffMember(ctx, admin, admin.kind === 'staff' ? admin.userId : '', { role: 'official' })
		).toMatchObject({ ok: false, error: { fields: [{ field: 'role', message: 'error.staff.lastAdmin' }] } });
		expect(await removeStaffMember(ctx, admin, admin.kind === 'staff' ? admin.userId : '')).toEqual({
			ok: false,
			error: { code: 'conflict', reason: 'self' }
		});
		expect(await removeStaffMember(ctx, admin, added.value.userId)).toEqual({ ok: true, value: null });
		expect((await listStaff(database.db, solbacka)).some((s) => s.userId === added.value.userId)).toBe(false);
		expect(await isFacilitatorOf(database.db, solbacka, park.slug, added.value.userId)).toBe(false);
	});

	it('lets only the platform admin create an organisation, with a free short name and address', async () => {
		const input = {
			name: 'Region Exempel',
			slug: 'region-exempel',
			host: 'https://Dialog.Region.example/',
			recordsPolicy: 'keep',
			adminName: 'Rut Regional',
			adminEmail: 'rut@region.example'
		};
		expect(await createOrganisation(ctx, admin, input, { scheme: 'https:', port: '', locale: 'sv' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(
			await createOrganisation(
				ctx,
				platform,
				{ ...input, host: NORRVIK.host },
				{ scheme: 'https:', port: '', locale: 'sv' }
			)
		).toMatchObject({ ok: false, error: { fields: [{ field: 'host', message: 'error.organisation.hostTaken' }] } });
		expect(await findOrganisationBySlug(database.db, 'region-exempel')).toBeNull();
		expect(await createOrganisation(ctx, platform, input, { scheme: 'https:', port: '', locale: 'sv' })).toEqual({
			ok: true,
			value: { slug: 'region-exempel' }
		});
		const region = await resolveOrganisation(database.db, 'dialog.region.example');
		expect(region?.slug).toBe('region-exempel');
		const staff = await listStaff(database.db, region!.id);
		expect(staff).toMatchObject([{ email: 'rut@region.example', role: 'admin' }]);
		const [welcome] = await database.db.select().from(outbox).where(eq(outbox.recipient, 'rut@region.example'));
		expect(welcome.bodyText).toContain('https://dialog.region.example/logga-in');
		expect(
			await createOrganisation(
				ctx,
				platform,
				{ ...input, host: 'ny.region.example' },
				{ scheme: 'https:', port: '', locale: 'sv' }
			)
		).toMatchObject({ ok: false, error: { fields: [{ field: 'slug', message: 'error.organisation.slugTaken' }] } });
		expect(await addOrganisationHost(ctx, platform, 'region-exempel', { host: 'inte en adress' })).toMatchObject({
			ok: false,
			error: { fields: [{ field: 'host', message: 'error.organisation.host' }] }
		});
	});
});
