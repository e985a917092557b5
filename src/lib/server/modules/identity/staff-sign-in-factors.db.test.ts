import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	completeStaffSignIn,
	finishSecondFactor,
	PENDING_COOKIE,
	pendingSignIn,
	SECOND_FACTOR_PATH
} from './complete-sign-in';
import { hashSessionToken, SESSION_COOKIE } from '../../auth/session-token';
import { totpCode } from '../../auth/totp';
import type { Database } from '../../db/client';
import { findStaffBySession } from './queries/users';
import { auditEvents, memberships, organisations, outbox, sessions, signInLinks, users } from '../../db/schema/index';
import { testCookies } from '../../testing/cookies';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeStaff } from '../../testing/factories';
import { checkSecondFactor, confirmTotp, totpStatus } from './second-factor';
import { requestSignInLink, signInLinkState, useSignInLink } from './sign-in-link';
import { signInStaff } from './sign-in-staff';

const ORIGIN = 'https://dialog.solbacka.example';
const PASSWORD = 'rätt-lösenord';
const ADMIN_TOTP_SECRET = 'TESTBYADMINTOTPSECRETFORTESTS234';
const FACILITATOR = { email: 'processledare@solbacka.example' };
const ADMIN = { email: 'admin@solbacka.example' };
const OFFICIAL = { email: 'tjansteperson@solbacka.example' };

describe.each(testDatabaseKinds())('staff sign-in by link, authenticator app and the admin gate on %s', (kind) => {
	let database: Database;
	let org: { id: string; name: string };
	let other: { id: string; name: string };
	let now = new Date('2026-12-04T09:00:00Z');
	const ctx = () => ({ db: database.db, now: () => now, newId: () => randomUUID() });
	const userId = async (email: string) => (await database.db.select().from(users).where(eq(users.email, email)))[0].id;
	const linkMails = async () =>
		(await database.db.select().from(outbox)).filter((m) => m.dedupeKey.startsWith('staff.signInLink:'));
	const tokenOf = (body: string) => body.match(/\/logga-in\/lank\/([A-Za-z0-9_-]{43})/)![1];

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const found = await makeOrganisation(ctx(), { name: 'Solbacka kommun' });
		org = { id: found.id, name: found.name };
		await makeStaff(ctx(), org.id, 'facilitator', { email: FACILITATOR.email, password: PASSWORD });
		await makeStaff(ctx(), org.id, 'admin', { email: ADMIN.email, password: PASSWORD, totpSecret: ADMIN_TOTP_SECRET });
		await makeStaff(ctx(), org.id, 'official', { email: OFFICIAL.email });
		other = { id: randomUUID(), name: 'Grannby kommun' };
		await database.db.insert(organisations).values({ id: other.id, slug: 'grannby', name: other.name, createdAt: now });
		// The facilitator works in both organisations, so only the link's own organisation decides.
		await database.db
			.insert(memberships)
			.values({ userId: await userId(FACILITATOR.email), organisationId: other.id, role: 'facilitator' });
	});
	afterAll(async () => database?.close());

	describe('sign-in link', () => {
		it('an unknown address, or one without a role here, gets the same answer and no mail', async () => {
			expect(await requestSignInLink(ctx(), org, { email: 'ingen@solbacka.example' }, ORIGIN)).toEqual({
				ok: true,
				value: undefined
			});
			const outsider = randomUUID();
			await database.db.insert(users).values({
				id: outsider,
				email: 'utomstaende@grannby.example',
				name: 'Ute Stående',
				passwordHash: 'x',
				createdAt: now
			});
			await database.db.insert(memberships).values({ userId: outsider, organisationId: other.id, role: 'official' });
			expect(await requestSignInLink(ctx(), org, { email: 'utomstaende@grannby.example' }, ORIGIN)).toEqual({
				ok: true,
				value: undefined
			});
			expect(await linkMails()).toEqual([]);
			expect(await database.db.select().from(signInLinks)).toEqual([]);
		});

		it('asks for an address with @', async () => {
			expect(await requestSignInLink(ctx(), org, { email: 'namn' }, ORIGIN)).toEqual({
				ok: false,
				error: { code: 'invalid', fields: [{ field: 'email', message: 'error.email.format' }] }
			});
		});

		it('mails a link on the organisation address that works once; only its hash is stored', async () => {
			await requestSignInLink(ctx(), org, { email: ` ${FACILITATOR.email.toUpperCase()} ` }, ORIGIN);
			const [mail] = await linkMails();
			expect(mail).toMatchObject({
				recipient: FACILITATOR.email,
				organisationId: org.id,
				subject: 'Din inloggningslänk till Solbacka kommun'
			});
			expect(mail.bodyText).toContain(`${ORIGIN}/logga-in/lank/`);
			expect(mail.bodyText).toContain('15 minuter');
			const token = tokenOf(mail.bodyText);
			const [row] = await database.db.select().from(signInLinks);
			expect(row.tokenHash).toBe(hashSessionToken(token));
			expect(JSON.stringify(row)).not.toContain(token);

			expect(await signInLinkState(ctx(), org.id, token)).toBe('usable');
			expect(await useSignInLink(ctx(), org.id, token)).toEqual({
				ok: true,
				value: { userId: await userId(FACILITATOR.email) }
			});
			expect(await signInLinkState(ctx(), org.id, token)).toBe('used');
			expect(await useSignInLink(ctx(), org.id, token)).toEqual({ ok: false, error: { code: 'link_unusable' } });
		});

		it('does not work after 15 minutes, nor in another organisation', async () => {
			await database.db.delete(outbox);
			await requestSignInLink(ctx(), org, { email: FACILITATOR.email }, ORIGIN);
			const token = tokenOf((await linkMails())[0].bodyText);
			expect(await signInLinkState(ctx(), other.id, token)).toBe('expired');
			expect(await useSignInLink(ctx(), other.id, token)).toEqual({ ok: false, error: { code: 'link_unusable' } });
			const asked = now;
			now = new Date(asked.getTime() + 15 * 60_000 + 1000);
			expect(await signInLinkState(ctx(), org.id, token)).toBe('expired');
			expect(await useSignInLink(ctx(), org.id, token)).toEqual({ ok: false, error: { code: 'link_unusable' } });
			now = new Date(asked.getTime() + 14 * 60_000);
			// Refused elsewhere and late did not use it up: in time and in its organisation it still works.
			expect((await useSignInLink(ctx(), org.id, token)).ok).toBe(true);
		});

		it('a garbled token is refused without a lookup error', async () => {
			expect(await signInLinkState(ctx(), org.id, 'kort')).toBe('expired');
			expect(await useSignInLink(ctx(), org.id, "'; drop table users; --")).toEqual({
				ok: false,
				error: { code: 'link_unusable' }
			});
		});
	});

	describe('the gate for organisation admins', () => {
		const url = new URL(`${ORIGIN}/logga-in`);

		it('a facilitator gets a session at once', async () => {
			const cookies = testCookies();
			const checked = await signInStaff(ctx(), org.id, { email: FACILITATOR.email, password: PASSWORD });
			expect(
				await completeStaffSignIn(
					ctx(),
					cookies,
					url,
					{ userId: checked.ok ? checked.value.userId : '', organisationId: org.id, method: 'password' },
					'/hantera/logg'
				)
			).toEqual({ ok: true, value: '/hantera/logg' });
			expect(await findStaffBySession(database.db, hashSessionToken(cookies.get(SESSION_COOKIE)!), now)).toMatchObject({
				email: FACILITATOR.email
			});
			expect(cookies.get(PENDING_COOKIE)).toBeUndefined();
		});

		it("an admin's password gives no session until the code from the app; a wrong code is audited without the code", async () => {
			const adminId = await userId(ADMIN.email);
			const cookies = testCookies();
			const checked = await signInStaff(ctx(), org.id, { email: ADMIN.email, password: PASSWORD });
			expect(checked.ok).toBe(true);
			expect(
				await completeStaffSignIn(ctx(), cookies, url, { userId: adminId, organisationId: org.id, method: 'password' })
			).toEqual({ ok: true, value: SECOND_FACTOR_PATH });
			expect(cookies.get(SESSION_COOKIE)).toBeUndefined();
			expect(await database.db.select().from(sessions).where(eq(sessions.userId, adminId))).toEqual([]);

			const pending = (await pendingSignIn(ctx(), cookies, org.id))!;
			expect(pending).toMatchObject({ userId: adminId, method: 'password', next: '/hantera' });
			// The pending sign-in belongs to its organisation.
			expect(await pendingSignIn(ctx(), cookies, other.id)).toBeNull();

			const wrong = totpCode(ADMIN_TOTP_SECRET, new Date(now.getTime() + 10 * 60_000));
			expect(await checkSecondFactor(ctx(), pending, { code: wrong })).toEqual({
				ok: false,
				error: { code: 'invalid', fields: [{ field: 'code', message: 'error.totp.wrong' }] }
			});
			const [failure] = await database.db
				.select()
				.from(auditEvents)
				.where(and(eq(auditEvents.action, 'staff.secondFactorFailed'), eq(auditEvents.actorUserId, adminId)));
			expect(failure.details).toEqual({ kind: 'totp' });
			expect(JSON.stringify(failure)).not.toContain(wrong);

			const right = await checkSecondFactor(ctx(), pending, { code: totpCode(ADMIN_TOTP_SECRET, now) });
			expect(right).toEqual({ ok: true, value: { factor: 'totp' } });
			expect(await finishSecondFactor(ctx(), cookies, url, pending, 'totp')).toBe('/hantera');
			expect(await findStaffBySession(database.db, hashSessionToken(cookies.get(SESSION_COOKIE)!), now)).toMatchObject({
				email: ADMIN.email,
				role: 'admin'
			});
			expect(await pendingSignIn(ctx(), cookies, org.id)).toBeNull();
			const signedIn = await database.db
				.select()
				.from(auditEvents)
				.where(and(eq(auditEvents.action, 'staff.signedIn'), eq(auditEvents.actorUserId, adminId)));
			expect(signedIn.map((e) => e.details)).toEqual([{ method: 'password', secondFactor: 'totp' }]);
		});

		it('the same code cannot be used twice, even for a new sign-in', async () => {
			const adminId = await userId(ADMIN.email);
			const cookies = testCookies();
			await completeStaffSignIn(ctx(), cookies, url, { userId: adminId, organisationId: org.id, method: 'link' });
			const pending = (await pendingSignIn(ctx(), cookies, org.id))!;
			expect(await checkSecondFactor(ctx(), pending, { code: totpCode(ADMIN_TOTP_SECRET, now) })).toEqual({
				ok: false,
				error: { code: 'invalid', fields: [{ field: 'code', message: 'error.totp.used' }] }
			});
			now = new Date(now.getTime() + 30_000);
			expect(await checkSecondFactor(ctx(), pending, { code: totpCode(ADMIN_TOTP_SECRET, now) })).toEqual({
				ok: true,
				value: { factor: 'totp' }
			});
		});

		it('a passkey is two factors: an admin gets a session at once', async () => {
			const cookies = testCookies();
			expect(
				await completeStaffSignIn(ctx(), cookies, url, {
					userId: await userId(ADMIN.email),
					organisationId: org.id,
					method: 'passkey'
				})
			).toEqual({ ok: true, value: '/hantera' });
			expect(cookies.get(SESSION_COOKIE)).toBeDefined();
		});

		it('someone without a role in the organisation gets nothing', async () => {
			const cookies = testCookies();
			expect(
				await completeStaffSignIn(ctx(), cookies, url, {
					userId: await userId(OFFICIAL.email),
					organisationId: other.id,
					method: 'password'
				})
			).toEqual({ ok: false, error: { code: 'forbidden' } });
			expect(cookies.jar.size).toBe(0);
		});
	});

	describe('authenticator app and recovery codes', () => {
		it('is set up with one right code, then gives ten recovery codes that each work once', async () => {
			const official = { id: await userId(OFFICIAL.email), email: OFFICIAL.email };
			const who = { userId: official.id, organisationId: org.id };
			const status = await totpStatus(ctx(), official, org.name);
			if (status.confirmed) throw new Error('not set up yet');
			expect(status.uri).toMatch(
				/^otpauth:\/\/totp\/Solbacka%20kommun:tjansteperson%40solbacka\.example\?issuer=Solbacka%20kommun&secret=[A-Z2-7]{32}&/
			);
			// Asking again shows the same secret until it is confirmed.
			expect(await totpStatus(ctx(), official, org.name)).toEqual(status);

			expect(
				await confirmTotp(ctx(), who, { code: '000000' === totpCode(status.secret, now) ? '111111' : '000000' })
			).toMatchObject({ ok: false, error: { fields: [{ message: 'error.totp.wrong' }] } });
			expect(await confirmTotp(ctx(), who, { code: '' })).toMatchObject({
				ok: false,
				error: { fields: [{ message: 'error.totp.required' }] }
			});
			const confirmed = await confirmTotp(ctx(), who, { code: totpCode(status.secret, now) });
			if (!confirmed.ok) throw new Error('should confirm');
			expect(confirmed.value.recoveryCodes).toHaveLength(10);
			expect(new Set(confirmed.value.recoveryCodes).size).toBe(10);
			expect(await totpStatus(ctx(), official, org.name)).toEqual({ confirmed: true, recoveryCodesLeft: 10 });
			// The confirming code was used.
			expect(await checkSecondFactor(ctx(), who, { code: totpCode(status.secret, now) })).toMatchObject({
				ok: false,
				error: { fields: [{ message: 'error.totp.used' }] }
			});

			const code = confirmed.value.recoveryCodes[3];
			expect(await checkSecondFactor(ctx(), who, { code: ` ${code.toUpperCase()} ` })).toEqual({
				ok: true,
				value: { factor: 'recovery' }
			});
			expect(await checkSecondFactor(ctx(), who, { code })).toMatchObject({
				ok: false,
				error: { fields: [{ message: 'error.totp.wrong' }] }
			});
			expect(await totpStatus(ctx(), official, org.name)).toEqual({ confirmed: true, recoveryCodesLeft: 9 });
			// Having set up the app, the official is asked for a code at sign-in too.
			const cookies = testCookies();
			expect(
				await completeStaffSignIn(ctx(), cookies, new URL(`${ORIGIN}/logga-in`), {
					userId: official.id,
					organisationId: org.id,
					method: 'password'
				})
			).toEqual({ ok: true, value: SECOND_FACTOR_PATH });
			// Another person's recovery code is not yours.
			expect(
				await checkSecondFactor(
					ctx(),
					{ userId: await userId(FACILITATOR.email), organisationId: org.id },
					{ code: confirmed.value.recoveryCodes[4] }
				)
			).toMatchObject({ ok: false });
		});
	});
});
