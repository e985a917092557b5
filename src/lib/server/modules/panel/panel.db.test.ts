import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import { drawWithSeed, rerunDraw, verificationFile } from '../../../domain/panel/draw';
import { CONSENT_VERSION } from '../../../domain/panel/panel';
import type { Database } from '../../db/client';
import {
	findCurrentDraw,
	findPanel,
	listDraws,
	listInvitations,
	listPool,
	listVolunteersWithContacts,
	markDrawn
} from './queries/panels';
import { findProcessBySlug } from '../process/queries/processes';
import {
	auditEvents,
	outbox,
	panelDraws,
	panelVolunteerContacts,
	panelVolunteers,
	processPhases
} from '../../db/schema/index';
import { DEMO_PANEL_SEED, seedDemoPanel } from '../../seed/demo-panel';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import { importVolunteers, signUpVolunteer } from './add-volunteers';
import type { UseCaseContext } from '../context';
import { computeLottery, drawPanel, requestLottery, supersedeDrawnPanel } from './draw-panel';
import { lotteryProgress } from './lottery-progress';
import { answerInvitation, inviteNextReserve, sendPanelInvitations } from './invite-panel';
import { createPanel, setPanelQuotas, setPanelRecruiting } from './manage-panel';
import { advanceProcessPhase } from '../process/advance-process-phase';
import { describePanelRetention, purgePanelVolunteers } from './forget-panel-volunteers';
import { LotteryInterrupted, PanelLotteryService } from '../../panel-lottery/service';

const csv = (rows: string[][]) => ({
	name: 'anmalda.csv',
	bytes: new TextEncoder().encode(rows.map((r) => r.join(';')).join('\r\n'))
});

describe.each(testDatabaseKinds())('a panel drawn by lot on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;
	const lotteries = new PanelLotteryService();
	const clock = new Date('2026-11-22T12:00:00Z');
	const slug = 'trygg-storgatan';

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		({ facilitator, official } = await makeStaffOfEachRole(ctx, organisationId));
		// A process collecting perspectives, with the age of its residents (16–24 is 14 %), and no panel yet.
		await makeProcess(ctx, organisationId, {
			slug,
			areas: ['Storgatan', 'Centrum i övrigt', 'Andra delar av Solbacka'],
			population: { ageBand: { '16-24': 1710, '25-44': 3920, '45-64': 3480, '65+': 3090 } }
		});
		// A village process in its compilation phase with the demo's working group drawn by lot (seeded on its own:
		// 150 volunteers and the stored lottery, which fits only these areas and this population).
		const lillby = await makeProcess(ctx, organisationId, {
			slug: 'leva-tillsammans-i-lillby',
			phase: 'compilation',
			areas: ['Lillby centrum', 'Norra Lillby', 'Landsbygden runt Lillby'],
			population: { ageBand: { '16-24': 168, '25-44': 301, '45-64': 362, '65+': 369 } }
		});
		await database.db.transaction((tx) =>
			seedDemoPanel(tx, {
				processId: lillby.id,
				organisationId,
				areas: lillby.areas,
				population: lillby.population,
				now: clock,
				newId: ctx.newId
			})
		);
	});
	afterAll(async () => {
		await lotteries.stop();
		await database?.close();
	});

	it('seeds the Lillby working group: 150 volunteers, a drawn panel with its seed, names apart from answers', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		const panel = (await findPanel(database.db, lillby.id))!;
		expect(panel).toMatchObject({ name: 'Lottad arbetsgrupp för Lillby', size: 16 });
		expect((await listPool(database.db, panel.id)).length).toBe(150);
		const draw = (await findCurrentDraw(database.db, panel.id))!;
		expect(draw).toMatchObject({ status: 'drawn', seed: DEMO_PANEL_SEED });
		expect(draw.outcome!.selected).toHaveLength(16);
		expect(draw.outcome!.reserves).toHaveLength(6);
		expect(draw.lottery!.isOptimal).toBe(true);
		expect(draw.lottery!.stats.min).toBeGreaterThan(0.05);
		// The pool table holds no personal data; the contact table holds no answers.
		const [pooled] = await database.db.select().from(panelVolunteers).limit(1);
		expect(Object.keys(pooled)).not.toContain('email');
		const [contact] = await database.db.select().from(panelVolunteerContacts).limit(1);
		expect(Object.keys(contact)).not.toContain('values');
		expect(contact.email).toMatch(/@lillby\.example$/);
	});

	it('creates a panel with quotas prefilled from the population, and only facilitators may', async () => {
		expect(await createPanel(ctx, official, slug, { name: 'Panel' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		const bad = await createPanel(ctx, facilitator, slug, { name: '', size: '1', features: {} });
		expect(bad.ok ? [] : 'fields' in bad.error ? bad.error.fields.map((f) => f.field) : []).toEqual([
			'name',
			'size',
			'features-alder'
		]);
		const result = await createPanel(ctx, facilitator, slug, {
			name: 'Trygghetspanelen',
			size: '4',
			reserves: '2',
			features: { alder: 'on', kon: 'on' }
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// Storgatan's population: 16–24 is 14 %, so round(0.56) = 1 seat ±1.
		expect(result.value.quotas.find((q) => q.value === '16-24')).toEqual({
			feature: 'alder',
			value: '16-24',
			min: 0,
			max: 2
		});
		expect(result.value.quotas.find((q) => q.value === 'kvinna')).toEqual({
			feature: 'kon',
			value: 'kvinna',
			min: 0,
			max: 4
		});
		expect(await createPanel(ctx, facilitator, slug, { name: 'Igen', size: '4', features: { kon: 'on' } })).toEqual({
			ok: false,
			error: { code: 'exists' }
		});
	});

	it('imports nothing from a file with a bad row, and everything from a good CSV or XLSX file', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		const panel = (await findPanel(database.db, process.id))!;
		const header = ['namn', 'e-post', 'telefon', 'adress', 'Åldersgrupp', 'Kön'];
		const bad = await importVolunteers(
			ctx,
			facilitator,
			slug,
			csv([
				header,
				['Anna Berg', 'anna@storgatan.example', '', '', '16-24', 'kvinna'],
				['Bo Ek', 'bo@', '', '', '16-24', 'okänt']
			])
		);
		expect(bad).toEqual({
			ok: false,
			error: {
				code: 'rows',
				errors: [
					{ row: 3, code: 'email', value: 'bo@' },
					{ row: 3, code: 'value', column: 'Kön', value: 'okänt', allowed: 'Kvinna, Man, Annat eller vill inte ange' }
				]
			}
		});
		expect(await listPool(database.db, panel.id)).toEqual([]);
		const people = [
			['Anna Berg', 'anna@storgatan.example', '', 'Storgatan 1', '16–24 år', 'Kvinna'],
			['Bo Ek', 'bo@storgatan.example', '070-111 22 33', 'Storgatan 1', '25-44', 'man'],
			['Cia Holm', 'cia@storgatan.example', '', '', '45-64', 'kvinna'],
			['Dan Lund', 'dan@storgatan.example', '', '', '65+', 'man']
		];
		expect(await importVolunteers(ctx, facilitator, slug, csv([header, ...people]))).toEqual({
			ok: true,
			value: { added: 4 }
		});
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Anmälda');
		sheet.addRow(header);
		sheet.addRow(['Eva Nilsson', 'eva@storgatan.example', '', '', '25–44 år', 'Kvinna']);
		sheet.addRow(['Fred Olsson', 'fred@storgatan.example', '', '', '45-64', 'Man']);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		expect(await importVolunteers(ctx, facilitator, slug, { name: 'anmalda.xlsx', bytes })).toEqual({
			ok: true,
			value: { added: 2 }
		});
		// The same people again are refused by email, nothing added.
		const again = await importVolunteers(ctx, facilitator, slug, csv([header, people[0]]));
		expect(again.ok).toBe(false);
		const pool = await listPool(database.db, panel.id);
		expect(pool.map((p) => p.code)).toEqual(['V-0001', 'V-0002', 'V-0003', 'V-0004', 'V-0005', 'V-0006']);
		expect(pool[0]).toMatchObject({ values: { alder: '16-24', kon: 'kvinna' }, source: 'import' });
		// Same address, same household key; the address itself stays in the contact table.
		expect(pool[0].household).toBe(pool[1].household);
		expect(pool[0].household).not.toContain('storgatan');
		expect(await importVolunteers(ctx, official, slug, csv([header, people[0]]))).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('takes sign-ups through the interest form only while recruiting, and records the consent with time and version', async () => {
		const form = {
			name: 'Greta Sandberg',
			email: 'greta@storgatan.example',
			phone: '',
			values: { alder: '65+', kon: 'kvinna' },
			consent: 'yes'
		};
		expect(await signUpVolunteer(ctx, { organisationId, slug }, form)).toEqual({
			ok: false,
			error: { code: 'closed' }
		});
		await setPanelRecruiting(ctx, facilitator, slug, true);
		const noConsent = await signUpVolunteer(
			ctx,
			{ organisationId, slug },
			{ ...form, consent: undefined, values: { alder: '12-15' } }
		);
		expect(noConsent).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [
					{ field: 'values-alder', message: 'error.panel.signup.choose' },
					{ field: 'values-kon', message: 'error.panel.signup.choose' },
					{ field: 'consent', message: 'error.panel.signup.consent' }
				]
			}
		});
		expect(await signUpVolunteer(ctx, { organisationId, slug }, form)).toEqual({ ok: true, value: { added: true } });
		expect(await signUpVolunteer(ctx, { organisationId, slug }, { ...form, email: 'GRETA@storgatan.example' })).toEqual(
			{ ok: true, value: { added: false } }
		);
		const [contact] = await database.db
			.select()
			.from(panelVolunteerContacts)
			.where(eq(panelVolunteerContacts.email, 'greta@storgatan.example'));
		expect(contact).toMatchObject({
			name: 'Greta Sandberg',
			consentVersion: CONSENT_VERSION,
			consentedAt: clock,
			importedByUserId: null
		});
		const signedUp = await database.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'panel.volunteerSignedUp'));
		expect(signedUp).toHaveLength(1);
		expect(JSON.stringify(signedUp)).not.toContain('greta');
	});

	it('computes the lottery off the request, draws deterministically from the seed, and never changes a drawn result', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		const panel = (await findPanel(database.db, process.id))!;
		// Impossible quotas are refused before anything is computed.
		const impossible = {
			quota: {
				alder: {
					'16-24': { min: '4', max: '4' },
					'25-44': { min: '0', max: '4' },
					'45-64': { min: '0', max: '4' },
					'65+': { min: '0', max: '4' }
				},
				kon: { kvinna: { min: '0', max: '4' }, man: { min: '0', max: '4' }, annat: { min: '0', max: '0' } }
			}
		};
		expect((await setPanelQuotas(ctx, facilitator, slug, impossible)).ok).toBe(true);
		const refused = await requestLottery(ctx, facilitator, slug);
		expect(refused.ok ? null : refused.error).toEqual({
			code: 'infeasible',
			problems: [{ code: 'tooFew', feature: 'Åldersgrupp', value: '16–24 år', available: 1, min: 4 }]
		});
		const fine = {
			quota: {
				...impossible.quota,
				alder: { ...impossible.quota.alder, '16-24': { min: '0', max: '1' } },
				kon: { kvinna: { min: '2', max: '2' }, man: { min: '2', max: '2' }, annat: { min: '0', max: '0' } }
			}
		};
		expect((await setPanelQuotas(ctx, facilitator, slug, fine)).ok).toBe(true);

		const requested = await requestLottery(ctx, facilitator, slug);
		expect(requested.ok).toBe(true);
		if (!requested.ok) return;
		const drawId = requested.value.drawId;
		expect((await findCurrentDraw(database.db, panel.id))!.status).toBe('computing');
		expect(await drawPanel(ctx, facilitator, slug, { drawId, seed: '1' })).toEqual({
			ok: false,
			error: { code: 'not_ready' }
		});
		await computeLottery(ctx, drawId, lotteries);
		expect(lotteries.computesIn).toBe('worker');
		const computed = (await findCurrentDraw(database.db, panel.id))!;
		expect(computed.status).toBe('computed');
		expect(computed.lottery!.lottery.every((e) => e.panel.length === 4)).toBe(true);
		expect(Object.values(computed.lottery!.probabilities).reduce((s, p) => s + p, 0)).toBeCloseTo(4, 6);

		expect(await drawPanel(ctx, facilitator, slug, { drawId, seed: '  ' })).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'seed', message: 'error.panel.seed' }] }
		});
		const seed = '2026-11-28 lotto 5 12 19 27 33';
		const drawn = await drawPanel(ctx, facilitator, slug, { drawId, seed });
		expect(drawn.ok).toBe(true);
		if (!drawn.ok) return;
		// Deterministic: the stored inputs and lottery with the same seed give the same panel and reserves.
		const again = drawWithSeed(computed.inputs, computed.lottery!, seed);
		expect({ selected: drawn.value.selected, reserves: drawn.value.reserves }).toEqual({
			selected: again.selected,
			reserves: again.reserves
		});
		expect(drawn.value.reserves).toHaveLength(2);
		const stored = (await findCurrentDraw(database.db, panel.id))!;
		const file = verificationFile({
			process: slug,
			panel: panel.name,
			drawnAt: stored.drawnAt!,
			inputs: stored.inputs,
			lottery: stored.lottery!,
			outcome: stored.outcome!
		});
		expect(rerunDraw(file)).toMatchObject({ selected: drawn.value.selected, reserves: drawn.value.reserves });
		expect(JSON.stringify(file)).not.toMatch(/@storgatan|Berg|Storgatan 1/);

		// Immutable: no second draw, no overwrite, no more sign-ups, no quota changes.
		expect(await drawPanel(ctx, facilitator, slug, { drawId, seed: 'annat' })).toEqual({
			ok: false,
			error: { code: 'already_drawn' }
		});
		await database.db.transaction(async (tx) =>
			expect(await markDrawn(tx, drawId, 'annat', stored.outcome!, null, clock)).toBe(false)
		);
		expect((await findCurrentDraw(database.db, panel.id))!.seed).toBe(seed);
		expect((await findPanel(database.db, process.id))!.isRecruiting).toBe(false);
		expect(await setPanelQuotas(ctx, facilitator, slug, fine)).toEqual({ ok: false, error: { code: 'already_drawn' } });
		expect(await requestLottery(ctx, facilitator, slug)).toEqual({ ok: false, error: { code: 'already_drawn' } });
		expect(
			(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'panel.drawn'))).some(
				(e) => e.details.seed === seed
			)
		).toBe(true);
	}, 60_000);

	it('marks a lottery whose computation failed as failed, with the reason; one cut short by a shutdown stays computing', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		const panel = (await findPanel(database.db, lillby.id))!;
		const inputs = (await findCurrentDraw(database.db, panel.id))!.inputs;
		const insert = async () => {
			const id = randomUUID();
			await database.db.insert(panelDraws).values({
				id,
				panelId: panel.id,
				status: 'computing',
				inputs,
				inputsSha256: 'x',
				timeLimitMs: 1000,
				requestedAt: clock
			});
			return id;
		};
		const interrupted = await insert();
		await expect(
			computeLottery(ctx, interrupted, { solve: async () => Promise.reject(new LotteryInterrupted('stopped')) })
		).rejects.toBeInstanceOf(LotteryInterrupted);
		expect((await database.db.select().from(panelDraws).where(eq(panelDraws.id, interrupted)))[0].status).toBe(
			'computing'
		);
		const crashed = await insert();
		// Progress is kept for the draw page while the computation runs, and dropped when it ends.
		let during: unknown;
		await computeLottery(ctx, crashed, {
			solve: async (_request, options) => {
				options?.onProgress?.({ phase: 'coverage', iteration: 1, done: 0.5 });
				during = lotteryProgress(crashed);
				return Promise.reject(new Error('the lottery worker stopped (1)'));
			}
		});
		expect(during).toEqual({ phase: 'coverage', iteration: 1, done: 0.5 });
		expect(lotteryProgress(crashed)).toBeNull();
		const [row] = await database.db.select().from(panelDraws).where(eq(panelDraws.id, crashed));
		expect(row).toMatchObject({
			status: 'failed',
			failure: 'The computation stopped: the lottery worker stopped (1).'
		});
		await database.db.delete(panelDraws).where(inArray(panelDraws.id, [interrupted, crashed]));
	});

	it('invites the selected once, lets them answer by link, and invites the next reserve after a decline', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		const panel = (await findPanel(database.db, process.id))!;
		const draw = (await findCurrentDraw(database.db, panel.id))!;
		expect(await sendPanelInvitations(ctx, official, slug, 'https://x.example')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await sendPanelInvitations(ctx, facilitator, slug, 'https://dialog.solbacka.example')).toEqual({
			ok: true,
			value: { invited: 4, notified: 2 }
		});
		expect(await sendPanelInvitations(ctx, facilitator, slug, 'https://dialog.solbacka.example')).toEqual({
			ok: true,
			value: { invited: 0, notified: 0 }
		});
		const mails = await database.db.select().from(outbox);
		const invites = mails.filter((m) => m.dedupeKey.startsWith(`panel-invite:${draw.id}`));
		expect(invites).toHaveLength(4);
		expect(mails.filter((m) => m.dedupeKey.startsWith(`panel-reserve:${draw.id}`))).toHaveLength(2);
		const link = (body: string) => body.match(/https:\/\/dialog\.solbacka\.example\/inbjudan\/([\w-]+)/)![1];
		const token = link(invites[0].bodyText);

		// A link opened on another organisation's address finds nothing.
		expect(await answerInvitation(ctx, randomUUID(), token, 'accept')).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await answerInvitation(ctx, organisationId, token, 'kanske')).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect(await answerInvitation(ctx, organisationId, token, 'decline')).toEqual({
			ok: true,
			value: { status: 'declined' }
		});
		expect(await answerInvitation(ctx, organisationId, token, 'accept')).toEqual({
			ok: false,
			error: { code: 'answered' }
		});
		expect(await answerInvitation(ctx, organisationId, 'fel-token', 'accept')).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});

		const declined = (await listInvitations(database.db, draw.id)).find((i) => i.status === 'declined')!;
		const next = await inviteNextReserve(ctx, facilitator, slug, 'https://dialog.solbacka.example', declined.id);
		expect(next.ok).toBe(true);
		if (!next.ok) return;
		expect(draw.outcome!.reserves).toContain(next.value.code);
		expect(await inviteNextReserve(ctx, facilitator, slug, 'https://dialog.solbacka.example', declined.id)).toEqual({
			ok: false,
			error: { code: 'not_declined' }
		});
		const invitations = await listInvitations(database.db, draw.id);
		expect(invitations.filter((i) => i.role === 'reserve')).toEqual([
			expect.objectContaining({ replacesInvitationId: declined.id, status: 'invited' })
		]);
		expect(
			(await database.db.select().from(outbox)).filter((m) => m.dedupeKey.startsWith(`panel-invite:${draw.id}`))
		).toHaveLength(5);
	});

	it('removes the details of everyone not on the panel once every seat has said yes, and all details when retention has passed', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		const panel = (await findPanel(database.db, process.id))!;
		const draw = (await findCurrentDraw(database.db, panel.id))!;
		const pool = await listPool(database.db, panel.id);
		expect(await listVolunteersWithContacts(database.db, panel.id)).toHaveLength(pool.length);
		const mails = (await database.db.select().from(outbox)).filter((m) =>
			m.dedupeKey.startsWith(`panel-invite:${draw.id}`)
		);
		const tokenOf = new Map(
			mails.map((m) => [m.dedupeKey.split(':')[2], m.bodyText.match(/\/inbjudan\/([\w-]+)/)![1]])
		);
		const open = (await listInvitations(database.db, draw.id)).filter((i) => i.status === 'invited');
		expect(open).toHaveLength(panel.size);
		for (const [i, invitation] of open.entries()) {
			expect(await answerInvitation(ctx, organisationId, tokenOf.get(invitation.volunteerId)!, 'accept')).toEqual({
				ok: true,
				value: { status: 'accepted' }
			});
			// Until the last seat says yes, every volunteer is still needed (someone may yet decline).
			if (i < open.length - 1)
				expect(await listVolunteersWithContacts(database.db, panel.id)).toHaveLength(pool.length);
		}
		const members = open.map((i) => i.volunteerId).sort();
		expect((await listVolunteersWithContacts(database.db, panel.id)).sort()).toEqual(members);
		// The declined member's invitation mail no longer says who it went to, and no reserve can be asked now.
		const declined = (await listInvitations(database.db, draw.id)).find((i) => i.status === 'declined')!;
		const [scrubbed] = await database.db
			.select()
			.from(outbox)
			.where(eq(outbox.dedupeKey, `panel-invite:${draw.id}:${declined.volunteerId}`));
		expect(scrubbed).toMatchObject({ recipient: '', bodyText: '' });
		// The pool, the lottery and the public verification file are untouched.
		expect(await listPool(database.db, panel.id)).toEqual(pool);
		const stored = (await findCurrentDraw(database.db, panel.id))!;
		const file = verificationFile({
			process: slug,
			panel: panel.name,
			drawnAt: stored.drawnAt!,
			inputs: stored.inputs,
			lottery: stored.lottery!,
			outcome: stored.outcome!
		});
		expect(rerunDraw(file)).toMatchObject({ selected: stored.outcome!.selected, reserves: stored.outcome!.reserves });
		const removed = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'panel.contactsRemoved'));
		expect(removed.map((e) => ({ details: e.details, actor: e.actorUserId }))).toEqual([
			{ details: { removed: pool.length - panel.size, reason: 'seatsFilled', kept: panel.size }, actor: null }
		]);
		const view = await describePanelRetention(ctx, process, panel, 90);
		expect(view).toMatchObject({
			stage: 'panelDone',
			stored: panel.size,
			removals: [{ removed: pool.length - panel.size, reason: 'seatsFilled' }]
		});

		// The process ended long ago and the retention period has passed: nobody's details are kept.
		await database.db
			.update(processPhases)
			.set({ endsOn: '2025-01-31' })
			.where(eq(processPhases.processId, process.id));
		expect(await purgePanelVolunteers(ctx)).toEqual({ panels: 1, removed: panel.size });
		expect(await listVolunteersWithContacts(database.db, panel.id)).toEqual([]);
		expect(await purgePanelVolunteers(ctx)).toEqual({ panels: 0, removed: 0 });
		const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'panel.contactsRemoved'));
		expect(audit.map((e) => e.details.reason)).toEqual(['seatsFilled', 'retentionPassed']);
		expect(JSON.stringify(audit)).not.toMatch(/@|V-\d/);
	});

	it('keeps only those who said yes once the process moves past co-creation', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		const panel = (await findPanel(database.db, lillby.id))!;
		const pooled = (await listPool(database.db, panel.id)).length;
		const before = await listVolunteersWithContacts(database.db, panel.id);
		expect(before).toHaveLength(pooled);
		expect((await advanceProcessPhase(ctx, facilitator, 'leva-tillsammans-i-lillby', lillby.currentPhase)).ok).toBe(
			true
		);
		expect(await listVolunteersWithContacts(database.db, panel.id)).toHaveLength(pooled);
		const moved = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		expect(moved.currentPhase).toBe('cocreation');
		expect((await advanceProcessPhase(ctx, facilitator, 'leva-tillsammans-i-lillby', 'cocreation')).ok).toBe(true);
		const draw = (await findCurrentDraw(database.db, panel.id))!;
		const accepted = (await listInvitations(database.db, draw.id))
			.filter((i) => i.status === 'accepted')
			.map((i) => i.volunteerId);
		expect((await listVolunteersWithContacts(database.db, panel.id)).sort()).toEqual(accepted.sort());
		const [event] = (
			await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'panel.contactsRemoved'))
		).filter((e) => e.entityId === panel.id);
		expect(event.details).toEqual({ removed: pooled - accepted.length, reason: 'phasePassed', kept: accepted.length });
	});

	it('draws again only with a recorded reason, keeping the old draw', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		const panel = (await findPanel(database.db, process.id))!;
		const old = (await findCurrentDraw(database.db, panel.id))!;
		expect(await supersedeDrawnPanel(ctx, facilitator, slug, { reason: 'fel' })).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'reason', message: 'error.panel.redrawReason' }] }
		});
		expect(await supersedeDrawnPanel(ctx, facilitator, slug, { reason: 'Kvoten för kön var fel inskriven.' })).toEqual({
			ok: true,
			value: { drawId: old.id }
		});
		expect(await findCurrentDraw(database.db, panel.id)).toBeNull();
		const draws = await listDraws(database.db, panel.id);
		expect(draws.find((d) => d.id === old.id)).toMatchObject({
			status: 'drawn',
			seed: old.seed,
			supersededReason: 'Kvoten för kön var fel inskriven.'
		});
		expect((await requestLottery(ctx, facilitator, slug)).ok).toBe(true);
	});
});
