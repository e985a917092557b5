import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import { beginSignIn, checkIssuer, completeSignIn } from '../../auth/oidc';
import { newParticipantToken } from '../../auth/participant-token';
import { hashResidentToken, newPseudonymKey, pseudonymOf } from '../../auth/pseudonym';
import type { Database } from '../../db/client';
import { findResidentPseudonym } from './queries/identity';
import { findProcessBySlug } from '../process/queries/processes';
import { statementVotes } from '../../db/schema/index';
import { OpinionMapService } from '../../opinion-map/service';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import { startOidcProvider, type TestOidcProvider } from '../../testing/oidc-provider';
import { configureIdentityProvider } from './configure-identity-provider';
import type { UseCaseContext } from '../context';
import { seedStatement, setStatementsOpen, setVerifiedIdentityRequired } from '../statements/manage-statements';
import { castVote, loadParticipantPage } from '../statements/take-part-in-statements';
import { beginResidentVerification, completeResidentVerification } from './verify-resident';

const LILLBY = 'leva-tillsammans-i-lillby';
const REDIRECT_URI = 'http://solbacka.localhost/verifiera/callback';
const IDENTITY_NUMBER = '198112289874';
const NAME = 'Ingrid Verifierasson';
const SUBJECT = 'broker-subject-5b1f0c';
const STATEMENTS = ['Bygdegården ska vara öppen på kvällarna.', 'Bussen behöver gå oftare.'];

describe('pseudonyms', () => {
	it('are the same for the same person and key, and unrelated across organisations and issuers', () => {
		const key = newPseudonymKey();
		const other = newPseudonymKey();
		const p = pseudonymOf(key, 'https://broker.example', 'abc');
		expect(p).toMatch(/^[0-9a-f]{64}$/);
		expect(pseudonymOf(key, 'https://broker.example', 'abc')).toBe(p);
		expect(pseudonymOf(other, 'https://broker.example', 'abc')).not.toBe(p);
		expect(pseudonymOf(key, 'https://annan.example', 'abc')).not.toBe(p);
		// Issuer and subject are kept apart: moving a character from one to the other changes the pseudonym.
		expect(pseudonymOf(key, 'https://broker.example/a', 'bc')).not.toBe(
			pseudonymOf(key, 'https://broker.example/', 'abc')
		);
	});
});

describe.each(testDatabaseKinds())('verified residents (e-ID broker) on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let admin: Actor;
	let facilitator: Actor;
	let provider: TestOidcProvider;
	const maps = new OpinionMapService({ mode: 'inline', debounceMs: 0 });
	const where = () => ({ organisationId, secretFromEnv: provider.client.clientSecret });

	/** A resident verifies at the broker in some browser; the resident session's token is returned. */
	async function verify(tamper: (p: { nonce: string }) => void = () => {}) {
		const begun = await beginResidentVerification(ctx, {
			...where(),
			redirectUri: REDIRECT_URI,
			next: `/processer/${LILLBY}/pastaenden`
		});
		if (!begun.ok) throw new Error(JSON.stringify(begun.error));
		expect(begun.value.url.searchParams.get('scope')).toBe('openid');
		const callbackUrl = await provider.signIn(begun.value.url, 'ingrid');
		const pending = { ...begun.value.pending };
		tamper(pending);
		return completeResidentVerification(ctx, { ...where(), callbackUrl, pending });
	}

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-02-01T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		({ admin, facilitator } = await makeStaffOfEachRole(ctx, organisationId));
		// Lillby asks residents to vote on statements the facilitator wrote.
		await makeProcess(ctx, organisationId, { slug: LILLBY });
		expect((await setStatementsOpen(ctx, facilitator, LILLBY, true)).ok).toBe(true);
		for (const text of STATEMENTS)
			expect((await seedStatement(ctx, facilitator, LILLBY, { text }, maps)).ok).toBe(true);
		// The map of the seeded statements is computed before the tests begin, not alongside them.
		await maps.settle((await findProcessBySlug(database.db, organisationId, LILLBY))!.id);
		// Like a Swedish e-ID broker: the identity number and name come with `openid` alone, unasked.
		provider = await startOidcProvider({
			redirectUris: [REDIRECT_URI],
			claims: { openid: ['sub', 'personal_identity_number', 'name'] },
			accounts: [
				{
					username: 'ingrid',
					password: 'bankid',
					claims: { sub: SUBJECT, personal_identity_number: IDENTITY_NUMBER, name: NAME }
				}
			]
		});
	});
	afterAll(async () => {
		await maps.stop();
		await provider?.close();
		await database?.close();
	});

	it('a process can require a verified identity only once the organisation has a broker', async () => {
		expect(await setVerifiedIdentityRequired(ctx, facilitator, LILLBY, true)).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [{ field: 'requiresVerifiedIdentity', message: 'error.statements.noResidentProvider' }]
			}
		});
		const configured = await configureIdentityProvider(
			ctx,
			admin,
			{ purpose: 'resident', displayName: 'BankID', issuer: provider.issuer, clientId: provider.client.clientId },
			{ checkIssuer }
		);
		expect(configured.ok && configured.value.trustEmail).toBe(false);
		expect(await setVerifiedIdentityRequired(ctx, facilitator, LILLBY, true)).toEqual({
			ok: true,
			value: { required: true }
		});
	});

	it('an unverified participant may read but not vote', async () => {
		const anonymous = { organisationId, slug: LILLBY, token: newParticipantToken() };
		const page = await loadParticipantPage(ctx, anonymous, null, maps);
		if (!page.ok) throw new Error('no page');
		expect(page.value).toMatchObject({ requiresVerifiedIdentity: true, isVerified: false });
		expect(await castVote(ctx, anonymous, { statementId: page.value.next!.id, vote: 'agree' }, maps)).toEqual({
			ok: false,
			error: { code: 'verification_required' }
		});
	});

	it('the broker does send the identity number and name (so the next test means something)', async () => {
		const settings = {
			issuer: provider.issuer,
			clientId: provider.client.clientId,
			clientSecret: provider.client.clientSecret
		};
		const begun = await beginSignIn(settings, { redirectUri: REDIRECT_URI, scope: 'openid', organisationId });
		if (!begun.ok) throw new Error('could not begin');
		const verified = await completeSignIn(
			settings,
			await provider.signIn(begun.value.url, 'ingrid'),
			begun.value.pending
		);
		expect(verified.ok && verified.value.claims).toMatchObject({
			sub: SUBJECT,
			personal_identity_number: IDENTITY_NUMBER,
			name: NAME
		});
	});

	it('one person voting from two browsers is one participant, and only a pseudonym is stored', async () => {
		const first = await verify();
		const second = await verify();
		if (!first.ok || !second.ok) throw new Error('verification failed');
		const pseudonymA = await findResidentPseudonym(
			database.db,
			hashResidentToken(first.value.token),
			organisationId,
			ctx.now()
		);
		const pseudonymB = await findResidentPseudonym(
			database.db,
			hashResidentToken(second.value.token),
			organisationId,
			ctx.now()
		);
		expect(pseudonymA).toMatch(/^[0-9a-f]{64}$/);
		expect(pseudonymB).toBe(pseudonymA);

		const browserA = { organisationId, slug: LILLBY, token: newParticipantToken(), pseudonym: pseudonymA };
		const browserB = { organisationId, slug: LILLBY, token: newParticipantToken(), pseudonym: pseudonymB };
		const page = await loadParticipantPage(ctx, browserA, null, maps);
		if (!page.ok) throw new Error('no page');
		const statementId = page.value.next!.id;
		expect(await castVote(ctx, browserA, { statementId, vote: 'agree' }, maps)).toMatchObject({
			ok: true,
			value: { replaced: false }
		});
		// The same person in another browser: the same participant, so the vote is replaced, not added.
		expect(await castVote(ctx, browserB, { statementId, vote: 'disagree' }, maps)).toMatchObject({
			ok: true,
			value: { replaced: true }
		});
		const lillby = (await findProcessBySlug(database.db, organisationId, LILLBY))!;
		const votes = await database.db.select().from(statementVotes).where(eq(statementVotes.statementId, statementId));
		const after = await loadParticipantPage(ctx, browserB, null, maps);
		expect(after.ok && after.value.progress.voted).toBe(1);
		expect(
			votes.filter((v) => v.processId === lillby.id && v.vote === -1 && v.votedAt.getTime() === ctx.now().getTime())
		).toHaveLength(1);

		// Every value in every table, as text: the identity number, the name and the broker's subject are nowhere.
		const dump = await dumpDatabase();
		expect(dump).toContain(pseudonymA);
		for (const claim of [IDENTITY_NUMBER, NAME, SUBJECT]) expect(dump).not.toContain(claim);
	});

	it('refuses an answer with another nonce, and a verification started for another organisation', async () => {
		expect(await verify((p) => (p.nonce = 'annan'))).toEqual({
			ok: false,
			error: { code: 'failed', reason: 'nonce_mismatch' }
		});
		const begun = await beginResidentVerification(ctx, {
			...where(),
			redirectUri: REDIRECT_URI,
			next: `/processer/${LILLBY}/pastaenden`
		});
		if (!begun.ok) throw new Error('could not begin');
		const callbackUrl = await provider.signIn(begun.value.url, 'ingrid');
		const elsewhere = { ...begun.value.pending, organisationId: randomUUID() };
		expect(await completeResidentVerification(ctx, { ...where(), callbackUrl, pending: elsewhere })).toEqual({
			ok: false,
			error: { code: 'wrong_organisation' }
		});
	});

	async function dumpDatabase(): Promise<string> {
		// PGlite and node-postgres both answer `execute` with `{ rows }`.
		const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
		const tables = rowsOf<{ table_name: string }>(
			await database.db.execute(
				sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
			)
		);
		const parts: string[] = [];
		for (const { table_name } of tables) {
			const data = rowsOf<{ j: string }>(
				await database.db.execute(sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`))
			);
			parts.push(...data.map((r) => r.j));
		}
		const dump = parts.join('\n');
		// The dump reads every table: the statements, the staff and the votes are in it.
		for (const text of STATEMENTS) expect(dump).toContain(text);
		expect(dump).toContain((facilitator as { userId: string }).userId);
		expect(dump).toContain('"statement_id"');
		return dump;
	}
});
