import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import { newParticipantToken } from '../../auth/participant-token';
import type { Database } from '../../db/client';
import { listAudit } from '../records/queries/audit';
import { findDefaultOrganisation } from '../identity/queries/organisations';
import { findProcessBySlug } from '../process/queries/processes';
import { countStatements, listStatements, listVotes } from './queries/statements';
import { memberships, statementParticipants, statementVotes } from '../../db/schema/index';
import { OpinionMapService } from '../../opinion-map/service';
import { seedDemo } from '../../seed/demo';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import type { UseCaseContext } from '../context';
import { loadStatementsForStaff, moderateStatement, seedStatement, setStatementsOpen } from './manage-statements';
import { castVote, loadOpinionMap, loadParticipantPage, submitStatement } from './take-part-in-statements';

const LILLBY = 'leva-tillsammans-i-lillby';

describe.each(testDatabaseKinds())('the statements module on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;
	let official: Actor;
	let elected: Actor;
	// In-process maps keep the test independent of worker threads; the worker has its own test.
	const maps = new OpinionMapService({ mode: 'inline', debounceMs: 0 });
	const participant = (token = newParticipantToken()) => ({ organisationId, slug: LILLBY, token });

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-02-01T12:00:00Z'), newId: () => randomUUID() };
		await seedDemo(ctx);
		organisationId = (await findDefaultOrganisation(database.db))!.id;
		const roles = await database.db.select().from(memberships);
		const as = (role: string): Actor => {
			const m = roles.find((r) => r.role === role)!;
			return { kind: 'staff', userId: m.userId, organisationId, role: m.role };
		};
		facilitator = as('facilitator');
		official = as('official');
		elected = as('elected');
	});
	afterAll(async () => {
		await maps.stop();
		await database?.close();
	});

	it('seeds Lillby with an open module, 25 statements, votes from 150 participants and a moderation queue', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, LILLBY))!;
		expect(await countStatements(database.db, lillby.id)).toEqual({ pending: 2, approved: 25, rejected: 1 });
		const staff = await loadStatementsForStaff(ctx, official, LILLBY);
		expect(staff.ok && staff.value.module?.isOpen).toBe(true);
		expect(staff.ok && staff.value.stats.participants).toBe(150);
	});

	it('gives the text of statements waiting for moderation only to those who may moderate them', async () => {
		const moderator = await loadStatementsForStaff(ctx, facilitator, LILLBY);
		const reader = await loadStatementsForStaff(ctx, official, LILLBY);
		if (!moderator.ok || !reader.ok) throw new Error('the staff statements page did not load');
		expect(moderator.value.statements.filter((s) => s.status === 'pending')).toHaveLength(2);
		expect(moderator.value.permissions['statement.moderate']).toBe(true);
		expect(reader.value.statements.filter((s) => s.status === 'pending')).toHaveLength(0);
		expect(reader.value.statements).toHaveLength(moderator.value.statements.length - 2);
		expect(reader.value.counts.pending).toBe(2);
		expect(reader.value.permissions['statement.moderate']).toBe(false);
		const member = await loadStatementsForStaff(ctx, elected, LILLBY);
		expect(member.ok).toBe(true);
		expect(member.ok && member.value.statements.some((s) => s.status === 'pending')).toBe(false);
	});

	it('shows the seeded votes as two or three opinion groups, explained, with consensus, broad agreement and divisive statements', async () => {
		const map = await loadOpinionMap(ctx, organisationId, LILLBY, 30_000, maps);
		expect(map.ok).toBe(true);
		if (!map.ok) return;
		const view = map.value.view!;
		expect(view.enough).toBe(true);
		expect(view.participants).toBe(150);
		expect(view.groups.length).toBeGreaterThanOrEqual(2);
		expect(view.groups.length).toBeLessThanOrEqual(3);
		expect(view.groups.every((g) => g.size >= 5 && g.representative.length > 0)).toBe(true);
		const texts = map.value.texts;
		expect(view.consensus.agree.map((c) => texts[c.statementId])).toContain(
			'Skolan är det viktigaste vi har i Lillby.'
		);
		expect(view.consensus.disagree.map((c) => texts[c.statementId])).toContain(
			'Det är bäst att var och en håller sig till sina egna.'
		);
		expect(view.divisive.map((d) => texts[d.statementId])).toContain('De nya invånarna är en tillgång för byn.');
		// Each group explained by 3–5 statements with counts; broad agreement in every group, with each group's count.
		for (const g of view.groups) {
			expect(g.setApart.length).toBeGreaterThanOrEqual(3);
			expect(g.setApart.length).toBeLessThanOrEqual(5);
			for (const r of g.setApart) expect(Math.min(r.group.of, r.rest.of)).toBeGreaterThanOrEqual(5);
		}
		const broad = view.broadAgreement.map((b) => texts[b.statementId]);
		expect(broad).toContain('Skolan är det viktigaste vi har i Lillby.');
		expect(broad).not.toContain('De nya invånarna är en tillgång för byn.');
		for (const b of view.broadAgreement) {
			expect(b.lowestPct).toBeGreaterThanOrEqual(70);
			expect(Object.keys(b.groups)).toHaveLength(view.groups.length);
		}
	});

	it('lets a participant vote one statement at a time; the last vote wins and progress counts statements, not clicks', async () => {
		const me = participant();
		const first = await loadParticipantPage(ctx, me, null, maps);
		expect(first.ok && first.value.progress).toEqual({ voted: 0, total: 25, done: false });
		const statementId = first.ok ? first.value.next!.id : '';

		const voted = await castVote(ctx, me, { statementId, vote: 'agree' }, maps);
		expect(voted).toMatchObject({ ok: true, value: { replaced: false, progress: { voted: 1, total: 25 } } });
		const again = await castVote(ctx, me, { statementId, vote: 'disagree' }, maps);
		expect(again).toMatchObject({
			ok: true,
			value: { replaced: true, vote: 'disagree', progress: { voted: 1, total: 25 } }
		});

		const [row] = await database.db
			.select()
			.from(statementParticipants)
			.where(
				eq(
					statementParticipants.id,
					(await listVotes(database.db, (await findProcessBySlug(database.db, organisationId, LILLBY))!.id)).at(-1)!
						.participant as string
				)
			);
		const mine = await database.db.select().from(statementVotes).where(eq(statementVotes.participantId, row.id));
		expect(mine.map((v) => v.vote)).toEqual([-1]);
		expect(Object.keys(row).sort()).toEqual(['createdAt', 'id', 'tokenHash']);

		const next = await loadParticipantPage(ctx, me, statementId, maps);
		expect(next.ok && next.value.next?.id).not.toBe(statementId);
		expect(next.ok && next.value.previous).toMatchObject({ id: statementId, vote: 'disagree' });
	});

	it('refuses a vote with field errors, on an unknown statement, and when the module is closed', async () => {
		const me = participant();
		expect(await castVote(ctx, me, { statementId: 'x', vote: 'maybe' }, maps)).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [
					{ field: 'statementId', message: 'error.statement.statementId' },
					{ field: 'vote', message: 'error.statement.vote.choose' }
				]
			}
		});
		expect(await castVote(ctx, me, { statementId: randomUUID(), vote: 'agree' }, maps)).toEqual({
			ok: false,
			error: { code: 'statement_not_found' }
		});
		const statements = await listStatements(
			database.db,
			(await findProcessBySlug(database.db, organisationId, LILLBY))!.id
		);
		const pending = statements.find((s) => s.status === 'pending')!;
		expect(await castVote(ctx, me, { statementId: pending.id, vote: 'agree' }, maps)).toEqual({
			ok: false,
			error: { code: 'statement_not_found' }
		});

		expect(await setStatementsOpen(ctx, official, LILLBY, false)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await setStatementsOpen(ctx, facilitator, LILLBY, false)).toEqual({ ok: true, value: { isOpen: false } });
		const approved = statements.find((s) => s.status === 'approved')!;
		expect(await castVote(ctx, me, { statementId: approved.id, vote: 'agree' }, maps)).toEqual({
			ok: false,
			error: { code: 'closed' }
		});
		expect(await submitStatement(ctx, me, { text: 'Fler bänkar.' })).toEqual({ ok: false, error: { code: 'closed' } });
		// Results stay public while the module is closed.
		expect((await loadOpinionMap(ctx, organisationId, LILLBY, 30_000, maps)).ok).toBe(true);
		expect(await setStatementsOpen(ctx, facilitator, LILLBY, true)).toEqual({ ok: true, value: { isOpen: true } });
		const lillby = (await findProcessBySlug(database.db, organisationId, LILLBY))!;
		expect(
			(await listAudit(database.db, organisationId, { entityId: lillby.id })).slice(0, 2).map((a) => a.action)
		).toEqual(['statements.opened', 'statements.closed']);
	});

	it('takes a participant statement for moderation; approval shows it, rejection needs a reason and moderates it out', async () => {
		const me = participant();
		const tooLong = await submitStatement(ctx, me, { text: 'x'.repeat(141) });
		expect(tooLong).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'text', message: 'error.statement.text.tooLong' }] }
		});
		const submitted = await submitStatement(ctx, me, { text: '  Fler   bänkar vid badplatsen.  ' });
		expect(submitted.ok).toBe(true);
		const id = submitted.ok ? submitted.value.id : '';
		const lillby = (await findProcessBySlug(database.db, organisationId, LILLBY))!;
		const stored = (await listStatements(database.db, lillby.id)).find((s) => s.id === id)!;
		expect(stored).toMatchObject({ text: 'Fler bänkar vid badplatsen.', status: 'pending', origin: 'participant' });

		expect(await moderateStatement(ctx, official, LILLBY, { decision: 'approve', statementId: id }, maps)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await moderateStatement(ctx, facilitator, LILLBY, { decision: 'approve', statementId: id }, maps)).toEqual({
			ok: true,
			value: { id, status: 'approved' }
		});
		const page = await loadParticipantPage(ctx, participant(), null, maps);
		expect(page.ok && page.value.progress.total).toBe(26);

		await castVote(ctx, me, { statementId: id, vote: 'agree' }, maps);
		expect(
			await moderateStatement(ctx, facilitator, LILLBY, { decision: 'reject', statementId: id, reason: ' ' }, maps)
		).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'reason', message: 'error.statement.reason.required' }] }
		});
		expect(
			await moderateStatement(
				ctx,
				facilitator,
				LILLBY,
				{ decision: 'reject', statementId: id, reason: 'Dubblett av ett annat påstående.' },
				maps
			)
		).toMatchObject({ ok: true, value: { status: 'rejected' } });
		const audit = await listAudit(database.db, organisationId, { entityId: id });
		expect(audit.map((a) => a.action)).toEqual(['statement.rejected', 'statement.approved', 'statement.submitted']);
		expect(audit[0].details).toMatchObject({ reason: 'Dubblett av ett annat påstående.' });

		// Its vote stays in the table, but the statement is out of the map and out of the count.
		expect((await listVotes(database.db, lillby.id)).some((v) => v.statement === id)).toBe(true);
		await maps.settle(lillby.id);
		const map = await loadOpinionMap(ctx, organisationId, LILLBY, 30_000, maps);
		expect(map.ok && map.value.view!.byStatement.some((s) => s.statementId === id)).toBe(false);
		const after = await loadParticipantPage(ctx, participant(), null, maps);
		expect(after.ok && after.value.progress.total).toBe(25);
	});

	it('lets the facilitator write statements, shown at once and audited', async () => {
		expect(await seedStatement(ctx, facilitator, LILLBY, { text: '' }, maps)).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'text', message: 'error.statement.text.required' }] }
		});
		const created = await seedStatement(
			ctx,
			facilitator,
			LILLBY,
			{ text: 'Biblioteket borde ha öppet på lördagar.' },
			maps
		);
		expect(created.ok).toBe(true);
		const id = created.ok ? created.value.id : '';
		expect((await listAudit(database.db, organisationId, { entityId: id })).map((a) => a.action)).toEqual([
			'statement.seeded'
		]);
		const page = await loadParticipantPage(ctx, participant(), null, maps);
		expect(page.ok && page.value.progress.total).toBe(26);
	});

	it('keeps unpublished processes and processes without the module out of reach', async () => {
		expect(await setStatementsOpen(ctx, facilitator, 'framtidens-fritid', true)).toEqual({
			ok: false,
			error: { code: 'not_published' }
		});
		expect(
			await loadParticipantPage(
				ctx,
				{ organisationId, slug: 'trygg-storgatan', token: newParticipantToken() },
				null,
				maps
			)
		).toEqual({ ok: false, error: { code: 'not_found' } });
		expect(
			await castVote(
				ctx,
				{ organisationId, slug: 'framtidens-fritid', token: newParticipantToken() },
				{ statementId: randomUUID(), vote: 'agree' },
				maps
			)
		).toEqual({ ok: false, error: { code: 'not_found' } });
	});
});

describe('the opinion map worker thread', () => {
	it('computes the same view in a worker thread as in the server thread', async () => {
		const database = await createTestDatabase('pglite');
		const ctx: UseCaseContext = {
			db: database.db,
			now: () => new Date('2027-02-01T12:00:00Z'),
			newId: () => randomUUID()
		};
		await seedDemo(ctx);
		const organisationId = (await findDefaultOrganisation(database.db))!.id;
		const worker = new OpinionMapService({ mode: 'worker', debounceMs: 0 });
		const inline = new OpinionMapService({ mode: 'inline', debounceMs: 0 });
		try {
			const a = await loadOpinionMap(ctx, organisationId, LILLBY, 60_000, worker);
			const b = await loadOpinionMap(ctx, organisationId, LILLBY, 60_000, inline);
			expect(worker.computesIn).toBe('worker');
			expect(a.ok && a.value.view).toEqual(b.ok && b.value.view);
		} finally {
			await worker.stop();
			await inline.stop();
			await database.close();
		}
	});
});
