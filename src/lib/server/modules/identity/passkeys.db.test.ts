import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { insertPasskey, listPasskeys } from './queries/staff-auth';
import { auditEvents, webauthnChallenges } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeStaff } from '../../testing/factories';
import {
	finishPasskeyRegistration,
	finishPasskeySignIn,
	removePasskey,
	startPasskeyRegistration,
	startPasskeySignIn
} from './passkeys';

const RP = { rpID: 'dialog.solbacka.example', origin: 'https://dialog.solbacka.example', rpName: 'Solbacka kommun' };

/** The signed WebAuthn answers themselves are exercised in Chromium with a virtual authenticator (tests/e2e/passkeys.e2e.ts). */
describe.each(testDatabaseKinds())('passkeys on %s', (kind) => {
	let database: Database;
	let now = new Date('2026-12-04T09:00:00Z');
	const ctx = () => ({ db: database.db, now: () => now, newId: () => randomUUID() });
	let user: { id: string; email: string; name: string };
	let organisationId: string;
	const who = () => ({ userId: user.id, organisationId: randomUUID() });

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		organisationId = (await makeOrganisation(ctx())).id;
		const staff = await makeStaff(ctx(), organisationId, 'facilitator');
		user = { id: staff.userId, email: staff.email, name: staff.name };
	});
	afterAll(async () => database?.close());

	it('registration asks for a discoverable passkey with user verification on this address, leaving out the ones the person has', async () => {
		await insertPasskey(database.db, {
			id: 'befintlig',
			userId: user.id,
			name: 'Gamla',
			publicKey: Buffer.from([1]),
			counter: 0,
			transports: 'internal,hybrid',
			createdAt: now
		});
		const { challengeId, options } = await startPasskeyRegistration(ctx(), user, RP);
		expect(options.rp).toEqual({ name: 'Solbacka kommun', id: 'dialog.solbacka.example' });
		expect(options.user.name).toBe(user.email);
		expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
		expect(options.excludeCredentials).toEqual([
			{ id: 'befintlig', type: 'public-key', transports: ['internal', 'hybrid'] }
		]);
		// The browser holds only a random id; the challenge is stored under its hash.
		const [row] = await database.db.select().from(webauthnChallenges);
		expect(row).toMatchObject({ challenge: options.challenge, purpose: 'register', userId: user.id });
		expect(row.idHash).not.toBe(challengeId);
	});

	it('a name is needed, and a forged answer is refused and uses up the challenge', async () => {
		const { challengeId } = await startPasskeyRegistration(ctx(), user, RP);
		expect(
			await finishPasskeyRegistration(
				ctx(),
				{ userId: user.id, organisationId: randomUUID() },
				challengeId,
				{ name: ' ', response: { id: 'x' } },
				RP
			)
		).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'passkey-name', message: 'error.passkey.name' }] }
		});
		const forged = {
			id: 'x',
			rawId: 'x',
			type: 'public-key',
			response: { clientDataJSON: 'e30', attestationObject: 'oA' },
			clientExtensionResults: {}
		};
		const refused = {
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'passkey-name', message: 'error.passkey.addFailed' }] }
		};
		expect(
			await finishPasskeyRegistration(ctx(), who(), challengeId, { name: 'Jobbdatorn', response: forged }, RP)
		).toEqual(refused);
		expect(
			await finishPasskeyRegistration(ctx(), who(), challengeId, { name: 'Jobbdatorn', response: forged }, RP)
		).toEqual(refused);
		expect((await listPasskeys(database.db, user.id)).map((p) => p.name)).toEqual(['Gamla']);
	});

	it("someone else's registration challenge is not yours", async () => {
		const { challengeId } = await startPasskeyRegistration(ctx(), user, RP);
		const other = { userId: randomUUID(), organisationId: randomUUID() };
		expect(
			(await finishPasskeyRegistration(ctx(), other, challengeId, { name: 'Min', response: { id: 'x' } }, RP)).ok
		).toBe(false);
	});

	it('sign-in refuses an unknown passkey, a missing or expired challenge, and a challenge used twice', async () => {
		const { challengeId, options } = await startPasskeySignIn(ctx(), RP);
		expect(options).toMatchObject({ rpId: 'dialog.solbacka.example', userVerification: 'required' });
		expect(options.allowCredentials ?? []).toEqual([]);
		const answer = {
			response: { id: 'befintlig', rawId: 'befintlig', type: 'public-key', response: {}, clientExtensionResults: {} }
		};
		expect(await finishPasskeySignIn(ctx(), undefined, answer, RP)).toEqual({
			ok: false,
			error: { code: 'passkey_failed' }
		});
		expect(await finishPasskeySignIn(ctx(), challengeId, answer, RP)).toEqual({
			ok: false,
			error: { code: 'passkey_failed' }
		});
		expect(
			await database.db.select().from(webauthnChallenges).where(eq(webauthnChallenges.purpose, 'authenticate'))
		).toEqual([]);

		const late = await startPasskeySignIn(ctx(), RP);
		now = new Date(now.getTime() + 6 * 60_000);
		expect(await finishPasskeySignIn(ctx(), late.challengeId, answer, RP)).toEqual({
			ok: false,
			error: { code: 'passkey_failed' }
		});
	});

	it('a person removes only their own passkeys, and the removal is audited', async () => {
		expect(await removePasskey(ctx(), { userId: randomUUID(), organisationId }, 'befintlig')).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await removePasskey(ctx(), { userId: user.id, organisationId }, 'befintlig')).toEqual({
			ok: true,
			value: undefined
		});
		expect(await listPasskeys(database.db, user.id)).toEqual([]);
		const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'staff.passkeyRemoved'));
		expect(event).toMatchObject({ actorUserId: user.id, details: { passkeyId: 'befintlig' } });
	});
});
