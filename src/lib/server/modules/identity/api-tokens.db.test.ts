import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { apiTokens, perspectiveContacts, perspectiveProfiles } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeStaffOfEachRole,
	makeTheme
} from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { readPerspectivesForStaffApi } from '../perspectives/read-perspectives-for-staff-api';
import { submitPerspective } from '../perspectives/submit-perspective';
import { readOutbox } from '../notifications/read-outbox';
import { listAudit } from '../records/queries/audit';
import { readAuditLog } from '../records/read-audit-log';
import {
	createApiToken,
	identifyApiToken,
	loadApiTokens,
	recordApiTokenUse,
	revokeApiToken,
	type ApiTokenOutcome
} from './api-tokens';
import { addStaffMember } from './manage-staff';

const LILLBY = 'leva-tillsammans-i-lillby';

describe.each(testDatabaseKinds())('API tokens on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let solbacka: string;
	let norrvik: string;
	let admin: Actor;
	let official: Actor;
	let elected: Actor;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-12-01T08:00:00Z'), newId: () => randomUUID() };
		solbacka = (await makeOrganisation(ctx)).id;
		norrvik = (await makeOrganisation(ctx)).id;
		({ admin, official, elected } = await makeStaffOfEachRole(ctx, solbacka));
		// Lillby: perspectives sent with contact details and a self-description, some under a theme, two hidden.
		const lillby = await makeProcess(ctx, solbacka, { slug: LILLBY, areas: ['Lillby', 'Annat'] });
		const theme = await makeTheme(ctx, lillby.id, 'Mötesplatser');
		await makeTheme(ctx, lillby.id, 'Kollektivtrafik');
		for (const [i, text] of ['Bygdegården behöver öppet på kvällarna.', 'Bussen går för sällan.'].entries()) {
			const sent = await submitPerspective(
				ctx,
				{ organisationId: solbacka, slug: LILLBY },
				{
					text,
					themeId: i === 0 ? theme.id : undefined,
					contact: { email: `boende${i}@example.se`, phone: `070-123 45 6${i}` },
					profile: { ageBand: '25-44', area: 'Lillby', relation: 'lives' }
				}
			);
			if (!sent.ok) throw new Error(JSON.stringify(sent.error));
		}
		await makePerspectives(ctx, lillby.id, ['Något som inte hör hit.', 'Ett namn på en granne.'], {
			status: 'hidden',
			hiddenReason: 'Innehöll personuppgifter om någon annan.'
		});
		// A welcome mail in the outbox, so the mail log has something to leave the address out of.
		const added = await addStaffMember(
			ctx,
			admin,
			{ name: 'Olle Ny', email: 'olle.ny@example.se', role: 'official' },
			{ origin: 'https://dialog.testby.example', locale: 'sv' }
		);
		if (!added.ok) throw new Error(JSON.stringify(added.error));
	});
	afterAll(async () => database?.close());

	const identify = (token: string, method = 'GET', organisationId: string | null = solbacka) =>
		identifyApiToken(ctx, { organisationId, authorization: `Bearer ${token}`, method });
	const actorOf = (outcome: ApiTokenOutcome): Actor => {
		if (outcome.kind !== 'token') throw new Error(`expected a token, got ${outcome.kind}`);
		return outcome.actor;
	};

	it('only an organisation admin makes tokens, with a name and a scope', async () => {
		expect(await createApiToken(ctx, official, { name: 'Verktyg', scope: 'read' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect((await loadApiTokens(ctx, official)).ok).toBe(false);
		const invalid = await createApiToken(ctx, admin, { name: ' ', scope: 'admin' });
		expect(invalid.ok || invalid.error).toEqual({
			code: 'invalid',
			fields: [
				{ field: 'name', message: 'error.apiToken.name' },
				{ field: 'scope', message: 'error.apiToken.scope' }
			]
		});
	});

	it('stores the SHA-256 of the token, never the token, and audits its making without it', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Analysverktyget', scope: 'read' });
		if (!created.ok) throw new Error('not created');
		const { token, id } = created.value;
		expect(token).toMatch(/^msk_[A-Za-z0-9_-]{43}$/);
		const rows = await database.db.select().from(apiTokens);
		const row = rows.find((r) => r.id === id)!;
		expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
		expect(JSON.stringify(rows)).not.toContain(token.slice(4));
		const audit = (await listAudit(database.db, solbacka)).find((e) => e.entityId === id)!;
		expect(audit.action).toBe('api_token.created');
		expect(audit.details).toEqual({ name: 'Analysverktyget', scope: 'read' });
		expect(JSON.stringify(audit)).not.toContain(token.slice(4));
		const listed = await loadApiTokens(ctx, admin);
		expect(listed.ok && listed.value.tokens.find((t) => t.id === id)).toEqual({
			id,
			name: 'Analysverktyget',
			scope: 'read',
			createdAt: new Date('2026-12-01T08:00:00Z'),
			lastUsedAt: null,
			revokedAt: null
		});
	});

	it('a read token acts as an official of its own organisation and only with safe methods', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Läsare', scope: 'read' });
		if (!created.ok) throw new Error('not created');
		const { token } = created.value;
		const outcome = await identify(token);
		expect(outcome.kind === 'token' && outcome.token.name).toBe('Läsare');
		expect(actorOf(outcome)).toMatchObject({ kind: 'staff', organisationId: solbacka, role: 'official' });
		expect(await identify(token, 'POST')).toMatchObject({ kind: 'refused', status: 403, code: 'forbidden' });
		expect(await identify(token, 'DELETE')).toMatchObject({ kind: 'refused', status: 403 });
		// Another organisation's address, an unknown token, a token without the prefix: 401. Another scheme is not ours.
		expect(await identify(token, 'GET', norrvik)).toMatchObject({ kind: 'refused', status: 401 });
		expect(await identify(token, 'GET', null)).toMatchObject({ kind: 'refused', status: 401 });
		expect(await identify(`${token.slice(0, -2)}xx`)).toMatchObject({ kind: 'refused', status: 401 });
		expect(await identify(token.slice(4))).toMatchObject({ kind: 'refused', status: 401 });
		expect(
			await identifyApiToken(ctx, { organisationId: solbacka, authorization: `Basic ${token}`, method: 'GET' })
		).toEqual({ kind: 'none' });
		expect(await identifyApiToken(ctx, { organisationId: solbacka, authorization: null, method: 'GET' })).toEqual({
			kind: 'none'
		});
	});

	it('a read-write token acts as a facilitator, never as an admin', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Skrivare', scope: 'read-write' });
		if (!created.ok) throw new Error('not created');
		const actor = actorOf(await identify(created.value.token, 'POST'));
		expect(actor).toMatchObject({ kind: 'staff', role: 'facilitator' });
		expect((await createApiToken(ctx, actor, { name: 'Ny', scope: 'read' })).ok).toBe(false);
	});

	it('with a token: every perspective, hidden ones with their reason, and never contact details or self-descriptions', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Perspektiv', scope: 'read' });
		if (!created.ok) throw new Error('not created');
		const actor = actorOf(await identify(created.value.token));
		const read = await readPerspectivesForStaffApi(ctx, actor, LILLBY);
		if (!read.ok) throw new Error(read.error.code);
		const hidden = read.value.perspectives.filter((p) => p.status === 'hidden');
		expect(hidden.length).toBeGreaterThan(0);
		expect(hidden.every((p) => (p.hiddenReason ?? '').length > 0)).toBe(true);
		expect(read.value.counts.hidden).toBe(hidden.length);
		expect(read.value.themes.length).toBeGreaterThan(0);
		expect(Object.keys(read.value.perspectives[0]).sort()).toEqual(
			['channel', 'createdAt', 'hiddenReason', 'id', 'isQuote', 'status', 'text', 'theme'].sort()
		);
		const answer = JSON.stringify(read.value);
		const contacts = await database.db.select().from(perspectiveContacts);
		expect(contacts.length).toBeGreaterThan(0);
		for (const c of contacts) for (const v of [c.email, c.phone]) if (v) expect(answer).not.toContain(v);
		const profiles = await database.db.select().from(perspectiveProfiles);
		expect(profiles.length).toBeGreaterThan(0);
		expect(answer.match(/"(ageBand|area|relation|receipt|email|phone|contact|profile)":/)?.[0] ?? null).toBeNull();
		// Nobody signed in: unauthenticated; an elected member: the gate refuses; a token of Norrvik never gets here.
		expect(await readPerspectivesForStaffApi(ctx, { kind: 'anonymous' }, LILLBY)).toEqual({
			ok: false,
			error: { code: 'unauthenticated' }
		});
		expect(await readPerspectivesForStaffApi(ctx, elected, LILLBY)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('the mail log and the audit log with a token; not for elected members', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Loggläsare', scope: 'read' });
		if (!created.ok) throw new Error('not created');
		const actor = actorOf(await identify(created.value.token));
		const outbox = await readOutbox(ctx, actor);
		if (!outbox.ok) throw new Error(outbox.error.code);
		expect(outbox.value.messages.length).toBeGreaterThan(0);
		for (const m of outbox.value.messages) {
			expect(m).not.toHaveProperty('bodyText');
			expect(m).not.toHaveProperty('recipient');
		}
		expect((await readAuditLog(ctx, actor)).ok).toBe(true);
		expect(await readAuditLog(ctx, elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await readOutbox(ctx, elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('audits every use (token, endpoint, method, status) and notes when it was last used', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Använd', scope: 'read' });
		if (!created.ok) throw new Error('not created');
		const outcome = await identify(created.value.token);
		if (outcome.kind !== 'token') throw new Error('no token');
		const later = { ...ctx, now: () => new Date('2026-12-02T09:30:00Z') };
		await recordApiTokenUse(later, {
			token: outcome.token,
			organisationId: solbacka,
			method: 'GET',
			route: '/api/v1/processes/[slug]/perspectives',
			path: `/api/v1/processes/${LILLBY}/perspectives`,
			status: 200
		});
		const event = (await listAudit(database.db, solbacka)).find(
			(e) => e.action === 'api_token.used' && e.entityId === created.value.id
		)!;
		expect(event.details).toEqual({
			tokenId: created.value.id,
			name: 'Använd',
			scope: 'read',
			method: 'GET',
			endpoint: '/api/v1/processes/[slug]/perspectives',
			path: `/api/v1/processes/${LILLBY}/perspectives`,
			status: 200
		});
		const listed = await loadApiTokens(ctx, admin);
		expect(listed.ok && listed.value.tokens.find((t) => t.id === created.value.id)?.lastUsedAt).toEqual(
			new Date('2026-12-02T09:30:00Z')
		);
	});

	it('a revoked token answers 401 at once; revoking is the admin’s and stays in the list', async () => {
		const created = await createApiToken(ctx, admin, { name: 'Tillfällig', scope: 'read-write' });
		if (!created.ok) throw new Error('not created');
		const { id, token } = created.value;
		expect((await identify(token)).kind).toBe('token');
		expect(await revokeApiToken(ctx, official, { id })).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await revokeApiToken(ctx, admin, { id: randomUUID() })).toEqual({ ok: false, error: { code: 'not_found' } });
		expect(await revokeApiToken(ctx, { ...admin, organisationId: norrvik } as Actor, { id })).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await revokeApiToken(ctx, admin, { id })).toEqual({ ok: true, value: { id } });
		expect(await identify(token)).toMatchObject({ kind: 'refused', status: 401, token: null });
		expect(await revokeApiToken(ctx, admin, { id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
		const listed = await loadApiTokens(ctx, admin);
		expect(listed.ok && listed.value.tokens.find((t) => t.id === id)?.revokedAt).toEqual(
			new Date('2026-12-01T08:00:00Z')
		);
		const audit = (await listAudit(database.db, solbacka)).filter((e) => e.entityId === id).map((e) => e.action);
		expect(audit).toContain('api_token.revoked');
	});
});
