import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { checkIssuer } from '../../auth/oidc';
import { auditEvents, identityLinks, organisations, users } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeStaff } from '../../testing/factories';
import { startOidcProvider, type TestAccount, type TestOidcProvider } from '../../testing/oidc-provider';
import { configureIdentityProvider } from './configure-identity-provider';
import { beginStaffOidcSignIn, completeStaffOidcSignIn } from './sign-in-staff-with-oidc';

const REDIRECT_URI = 'http://solbacka.localhost/logga-in/oidc/callback';

const accounts: TestAccount[] = [
	{
		username: 'johan',
		password: 'pw-johan',
		claims: { sub: 'entra-johan', email: 'admin@solbacka.example', email_verified: true, name: 'Johan Lind' }
	},
	{
		username: 'okand',
		password: 'pw-okand',
		claims: { sub: 'entra-okand', email: 'ny.person@solbacka.example', email_verified: true }
	},
	{
		username: 'amina',
		password: 'pw-amina',
		claims: { sub: 'entra-amina', email: 'Processledare@solbacka.example', email_verified: false }
	}
];

describe.each(testDatabaseKinds())('staff sign-in through OpenID Connect on %s', (kind) => {
	let database: Database;
	let provider: TestOidcProvider;
	let organisationId: string;
	let adminId: string;
	const now = new Date('2026-12-04T09:00:00Z');
	const ctx = () => ({ db: database.db, now: () => now, newId: () => randomUUID() });
	const admin = () => ({ kind: 'staff' as const, userId: adminId, organisationId, role: 'admin' as const });
	const where = () => ({ organisationId, secretFromEnv: provider.client.clientSecret });

	/** Leaves for the provider, signs in there as `username`, and comes back. */
	async function signInAs(username: string, tamper: (p: { state: string; nonce: string }) => void = () => {}) {
		const begun = await beginStaffOidcSignIn(ctx(), { ...where(), redirectUri: REDIRECT_URI, next: '/hantera/logg' });
		if (!begun.ok) throw new Error(`could not begin: ${JSON.stringify(begun.error)}`);
		expect(begun.value.url.searchParams.get('code_challenge_method')).toBe('S256');
		const callbackUrl = await provider.signIn(begun.value.url, username);
		const pending = { ...begun.value.pending };
		tamper(pending);
		return { callbackUrl, pending, result: await completeStaffOidcSignIn(ctx(), { ...where(), callbackUrl, pending }) };
	}

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		organisationId = (await makeOrganisation(ctx(), { name: 'Solbacka kommun' })).id;
		adminId = (await makeStaff(ctx(), organisationId, 'admin', { email: 'admin@solbacka.example' })).userId;
		await makeStaff(ctx(), organisationId, 'facilitator', { email: 'processledare@solbacka.example' });
		provider = await startOidcProvider({ accounts, redirectUris: [REDIRECT_URI] });
		// The secret comes from the environment in these tests; the form stores none.
		const configured = await configureIdentityProvider(
			ctx(),
			admin(),
			{
				purpose: 'staff',
				displayName: 'Solbacka kommuns konto',
				issuer: provider.issuer,
				clientId: provider.client.clientId
			},
			{ checkIssuer }
		);
		expect(configured.ok).toBe(true);
	});
	afterAll(async () => {
		await provider?.close();
		await database?.close();
	});

	it('signs in a staff member matched by the verified email, then by the remembered subject', async () => {
		const { result, callbackUrl } = await signInAs('johan');
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		// The person is known; the session itself starts at the gate for second factors (complete-sign-in.ts).
		expect(result.value).toEqual({ userId: adminId });
		expect(await database.db.select().from(identityLinks).where(eq(identityLinks.subject, 'entra-johan'))).toEqual([
			{ issuer: provider.issuer, subject: 'entra-johan', userId: adminId, createdAt: now }
		]);
		// Nothing of the code or the tokens is kept in the audit log.
		const audit = JSON.stringify(await database.db.select().from(auditEvents));
		expect(audit).not.toContain(callbackUrl.searchParams.get('code'));

		// The provider changes the address; the link by subject still finds the same person.
		accounts[0].claims.email = 'johan.lind@annan.example';
		const again = await signInAs('johan');
		accounts[0].claims.email = 'admin@solbacka.example';
		expect(again.result.ok && again.result.value.userId).toBe(adminId);
	});

	it('creates nobody for a person without an account in the organisation, and audits the reason', async () => {
		const before = (await database.db.select().from(users)).length;
		const { result } = await signInAs('okand');
		expect(result).toEqual({ ok: false, error: { code: 'unknown_person', providerName: 'Solbacka kommuns konto' } });
		expect((await database.db.select().from(users)).length).toBe(before);
		const failures = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'staff.signInFailed'));
		expect(failures.at(-1)?.details).toEqual({ method: 'oidc', reason: 'unknown_person' });
	});

	it('matches by email only when the provider vouches for it, or the organisation trusts its provider', async () => {
		expect((await signInAs('amina')).result).toMatchObject({ ok: false, error: { code: 'unknown_person' } });
		await configureIdentityProvider(
			ctx(),
			admin(),
			{
				purpose: 'staff',
				displayName: 'Solbacka kommuns konto',
				issuer: provider.issuer,
				clientId: provider.client.clientId,
				trustEmail: 'on'
			},
			{ checkIssuer }
		);
		const trusted = await signInAs('amina');
		expect(trusted.result.ok).toBe(true);
	});

	it('refuses an answer whose state or nonce is not the one this browser sent', async () => {
		expect((await signInAs('johan', (p) => (p.state = 'someone-elses-state'))).result).toEqual({
			ok: false,
			error: { code: 'failed', reason: 'state_mismatch' }
		});
		expect((await signInAs('johan', (p) => (p.nonce = 'another-nonce'))).result).toEqual({
			ok: false,
			error: { code: 'failed', reason: 'nonce_mismatch' }
		});
		const reasons = (
			await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'staff.signInFailed'))
		).map((e) => e.details.reason);
		expect(reasons).toEqual(expect.arrayContaining(['state_mismatch', 'nonce_mismatch']));
	});

	it('refuses a sign-in started at another organisation, and a person whose role is in another organisation', async () => {
		const otherId = randomUUID();
		await database.db
			.insert(organisations)
			.values({ id: otherId, slug: 'norrby', name: 'Norrby kommun', createdAt: now });
		const { callbackUrl, pending } = await signInAs('johan');
		const elsewhere = await completeStaffOidcSignIn(ctx(), {
			organisationId: otherId,
			secretFromEnv: provider.client.clientSecret,
			callbackUrl,
			pending
		});
		expect(elsewhere).toEqual({ ok: false, error: { code: 'not_configured' } });

		const norrbyAdmin = { kind: 'staff' as const, userId: adminId, organisationId: otherId, role: 'admin' as const };
		await configureIdentityProvider(
			ctx(),
			norrbyAdmin,
			{ purpose: 'staff', displayName: 'Norrby', issuer: provider.issuer, clientId: provider.client.clientId },
			{ checkIssuer }
		);
		const crossed = await completeStaffOidcSignIn(ctx(), {
			organisationId: otherId,
			secretFromEnv: provider.client.clientSecret,
			callbackUrl,
			pending
		});
		expect(crossed).toEqual({ ok: false, error: { code: 'wrong_organisation' } });

		// Johan has no role in Norrby: a flow that really started there does not let him in.
		const begun = await beginStaffOidcSignIn(ctx(), {
			organisationId: otherId,
			secretFromEnv: provider.client.clientSecret,
			redirectUri: REDIRECT_URI
		});
		if (!begun.ok) throw new Error('could not begin');
		const back = await provider.signIn(begun.value.url, 'johan');
		const result = await completeStaffOidcSignIn(ctx(), {
			organisationId: otherId,
			secretFromEnv: provider.client.clientSecret,
			callbackUrl: back,
			pending: begun.value.pending
		});
		expect(result).toEqual({ ok: false, error: { code: 'unknown_person', providerName: 'Norrby' } });
	});

	it('lets only an organisation admin set the provider, and never audits the secret', async () => {
		const facilitator = { kind: 'staff' as const, userId: adminId, organisationId, role: 'facilitator' as const };
		expect(
			await configureIdentityProvider(
				ctx(),
				facilitator,
				{ purpose: 'staff', displayName: 'X', issuer: provider.issuer, clientId: 'x' },
				{ checkIssuer }
			)
		).toEqual({ ok: false, error: { code: 'forbidden' } });
		const typo = await configureIdentityProvider(
			ctx(),
			admin(),
			{
				purpose: 'staff',
				displayName: 'X',
				issuer: `${provider.issuer}/fel`,
				clientId: 'x',
				clientSecret: 'hemligt-värde'
			},
			{ checkIssuer }
		);
		expect(typo).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'issuer', message: 'error.identityProvider.unreachable' }] }
		});
		const plainHttp = await configureIdentityProvider(
			ctx(),
			admin(),
			{ purpose: 'staff', displayName: 'X', issuer: 'http://login.example.com', clientId: 'x' },
			{ checkIssuer }
		);
		expect(plainHttp).toMatchObject({
			ok: false,
			error: { fields: [{ field: 'issuer', message: 'error.identityProvider.issuerFormat' }] }
		});
		const saved = await configureIdentityProvider(
			ctx(),
			admin(),
			{
				purpose: 'staff',
				displayName: 'Solbacka kommuns konto',
				issuer: provider.issuer,
				clientId: provider.client.clientId,
				clientSecret: 'hemligt-värde'
			},
			{ checkIssuer }
		);
		expect(saved.ok && saved.value.clientSecret).toBe('hemligt-värde');
		expect(JSON.stringify(await database.db.select().from(auditEvents))).not.toContain('hemligt-värde');
	});
});
