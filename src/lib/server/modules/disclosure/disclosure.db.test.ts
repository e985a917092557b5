import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { auditEvents, disclosureRequesters, disclosureRequests, perspectives } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeStaffOfEachRole,
	type StaffActor
} from '../../testing/factories';
import { pdfPlainText } from '../../testing/pdf-text';
import type { UseCaseContext } from '../context';
import {
	addPassage,
	archiveGround,
	decideRequest,
	downloadDelivery,
	loadGroundsPage,
	loadRequestPage,
	loadRequestRegister,
	registerRequest,
	saveGround,
	saveMasking
} from './index';

const RESIDENT =
	'Min granne Lena Sjöberg går föräldravandringar. Ring henne på 070-312 45 78 eller mejla lena.sjoberg@example.se.';
const OTHER = 'Mer ljus vid busshållplatsen, hälsningar Per Olsson';

/** The text a reader gets out of the PDF: pdftotext where installed, else the test helper. */
function pdfTextOf(pdf: Uint8Array): string {
	try {
		return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(pdf) })
			.toString('utf8')
			.replace(/\s+/g, ' ');
	} catch {
		return pdfPlainText(Buffer.from(pdf));
	}
}

describe.each(testDatabaseKinds())('public-records requests on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let staff: Record<'admin' | 'facilitator' | 'official' | 'elected', StaffActor>;
	let organisationId: string;
	let processId: string;
	let clock = new Date('2026-11-23T09:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx, { name: 'Testby kommun' })).id;
		staff = await makeStaffOfEachRole(ctx, organisationId);
		const process = await makeProcess(ctx, organisationId, { title: 'Trygg torget' });
		processId = process.id;
		const elsewhere = await makeProcess(ctx, organisationId, { title: 'Annan dialog' });
		await makePerspectives(ctx, process.id, [RESIDENT, 'Bänkar vid torget, tack.'], {
			contacts: [{ email: 'skribent@example.se' }]
		});
		await makePerspectives(ctx, elsewhere.id, [OTHER]);
		clock = new Date('2026-11-26T09:00:00Z');
	});
	afterAll(async () => database?.close());

	const register = (actor: StaffActor, extra: Record<string, unknown> = {}) =>
		registerRequest(ctx, actor, {
			receivedAt: '2026-11-24T10:15',
			channel: 'email',
			subject: 'Alla synpunkter om torget.',
			processId,
			recordTypes: { perspectives: 'on', messages: 'on' },
			requester: { name: '', email: 'fragar@example.se', phone: '', address: '' },
			...extra
		});

	it('registers a request for officials, the requester apart, refusing bad input and elected members', async () => {
		const empty = await registerRequest(ctx, staff.official, {});
		expect(!empty.ok && empty.error.code === 'invalid' && empty.error.fields.map((f) => f.field)).toEqual([
			'channel',
			'subject',
			'recordTypes'
		]);
		const future = await register(staff.official, { receivedAt: '2026-12-24T10:00' });
		expect(!future.ok && future.error.code === 'invalid' && future.error.fields[0].message).toBe(
			'error.disclosure.receivedFuture'
		);
		expect((await register(staff.elected)).ok).toBe(false);
		const made = await register(staff.official);
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		const [row] = await database.db.select().from(disclosureRequests).where(eq(disclosureRequests.id, made.value.id));
		expect(row.receivedAt.toISOString()).toBe('2026-11-24T09:15:00.000Z');
		expect(JSON.stringify(row)).not.toContain('fragar@example.se');
		const [contact] = await database.db
			.select()
			.from(disclosureRequesters)
			.where(eq(disclosureRequesters.requestId, made.value.id));
		expect(contact.email).toBe('fragar@example.se');
		const register_ = await loadRequestRegister(ctx, staff.facilitator);
		expect(register_.ok && register_.value.requests[0]).toMatchObject({ id: made.value.id, daysSinceReceipt: 2 });
		// Another organisation's staff cannot see it.
		const other = await makeOrganisation(ctx);
		const otherStaff = await makeStaffOfEachRole(ctx, other.id);
		expect(await loadRequestPage(ctx, otherStaff.admin, made.value.id)).toMatchObject({
			ok: false,
			error: { code: 'not_found' }
		});
	});

	it('gathers the records of the process, proposes masking, lets the reviewer unmask and add, then freezes the delivery at the decision', async () => {
		const made = await register(staff.official);
		if (!made.ok) throw new Error('not registered');
		const id = made.value.id;
		const page = await loadRequestPage(ctx, staff.official, id);
		if (!page.ok) throw new Error('no page');
		// Only the process's perspectives; the other process's stays out.
		const texts = page.value.records.flatMap((r) => r.fields.map((f) => f.text));
		expect(texts).toContain(RESIDENT);
		expect(texts).not.toContain(OTHER);
		const proposed = page.value.records.flatMap((r) => r.passages);
		expect(proposed.map((p) => [p.kind, p.text])).toEqual([
			['name', 'Lena Sjöberg'],
			['phone', '070-312 45 78'],
			['email', 'lena.sjoberg@example.se']
		]);
		expect(proposed.every((p) => p.masked)).toBe(true);
		expect(page.value.suggestedOutcome).toBe('partial');
		expect(page.value.requester?.email).toBe('fragar@example.se');

		// The reviewer leaves the name out of the masking, then masks "föräldravandringar" by its text.
		const name = proposed[0];
		const form: Record<string, Record<string, string>> = { seen: {}, mask: {}, ground: {} };
		for (const p of proposed) {
			form.seen[p.key] = '1';
			if (p !== name) form.mask[p.key] = 'on';
			form.ground[p.key] = p.groundId!;
		}
		expect(await saveMasking(ctx, staff.official, id, form)).toMatchObject({
			ok: true,
			value: { masked: 2, unmasked: 1 }
		});
		const ground = page.value.grounds.find((g) => g.code === 'OSL 21 kap. 1 §')!;
		expect(
			await addPassage(ctx, staff.official, id, { text: 'finns inte', recordKey: 'all', groundId: ground.id })
		).toMatchObject({ ok: false, error: { code: 'invalid' } });
		expect(
			await addPassage(ctx, staff.official, id, { text: 'föräldravandringar', recordKey: 'all', groundId: ground.id })
		).toMatchObject({ ok: true, value: { found: 1 } });

		// The decision must fit the masking.
		const wrong = await decideRequest(ctx, staff.official, id, { outcome: 'full', reason: '' });
		expect(!wrong.ok && wrong.error.code === 'invalid' && wrong.error.fields.map((f) => f.message)).toEqual([
			'error.disclosure.outcome.fullMasked'
		]);
		const noReason = await decideRequest(ctx, staff.official, id, { outcome: 'partial', reason: ' ' });
		expect(!noReason.ok && noReason.error.code === 'invalid').toBe(true);
		clock = new Date('2026-11-27T09:00:00Z');
		expect(
			await decideRequest(ctx, staff.official, id, { outcome: 'partial', reason: 'Personuppgifter om enskilda.' })
		).toMatchObject({ ok: true });

		// Decided: the masking is frozen, a second decision is refused.
		expect(await saveMasking(ctx, staff.official, id, form)).toMatchObject({ ok: false, error: { code: 'conflict' } });
		expect(await decideRequest(ctx, staff.official, id, { outcome: 'full', reason: '' })).toMatchObject({
			ok: false,
			error: { code: 'conflict' }
		});

		const first = await downloadDelivery(ctx, staff.official, id, 'pdf');
		if (!first.ok) throw new Error('no pdf');
		// The records change afterwards; the delivery does not.
		await database.db
			.update(perspectives)
			.set({ text: 'Ändrad text med 070-999 88 77' })
			.where(eq(perspectives.text, RESIDENT));
		const again = await downloadDelivery(ctx, staff.official, id, 'pdf');
		if (!again.ok) throw new Error('no pdf');
		const text = pdfTextOf(again.value.body);
		expect(pdfTextOf(first.value.body)).toBe(text);
		expect(text).toContain('Lena Sjöberg'); // unmasked by the reviewer
		expect(text).not.toContain('070-312 45 78');
		expect(text).not.toContain('lena.sjoberg@example.se');
		expect(text).not.toContain('070-999 88 77');
		expect(text).toContain('[MASKERAT – OSL 21 kap. 7 §]');
		expect(text).toContain('[MASKERAT – OSL 21 kap. 1 §]');
		expect(text).toContain('OSL 21 kap. 7 §: Personuppgifter');
		expect(text).toContain('kammarrätten');
		expect(text).toContain('tre veckor');

		const csv = await downloadDelivery(ctx, staff.facilitator, id, 'csv');
		if (!csv.ok) throw new Error('no csv');
		const csvText = new TextDecoder().decode(csv.value.body);
		expect(csvText).toContain('[MASKERAT – OSL 21 kap. 7 §]');
		expect(csvText).not.toContain('070-312 45 78');
		expect(csvText).not.toContain('skribent@example.se');
		expect((await downloadDelivery(ctx, staff.elected, id, 'pdf')).ok).toBe(false);

		const decided = await loadRequestPage(ctx, staff.official, id);
		expect(
			decided.ok && decided.value.delivery?.records.flatMap((r) => r.fields.flatMap((f) => f.segments))
		).toContainEqual({
			masked: true,
			ground: 'OSL 21 kap. 7 §'
		});
		expect(decided.ok && decided.value.request.daysToDecision).toBe(3);

		const audited = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
		expect(audited.map((a) => a.action).sort()).toEqual([
			'disclosure.decided',
			'disclosure.downloaded',
			'disclosure.downloaded',
			'disclosure.downloaded',
			'disclosure.passageAdded',
			'disclosure.registered',
			'disclosure.reviewed'
		]);
		// The log never holds the records' text or the passage the reviewer typed.
		expect(JSON.stringify(audited)).not.toContain('föräldravandringar');
		expect(JSON.stringify(audited)).not.toContain('fragar@example.se');
	});

	it('refuses a request with a refusal letter and no records', async () => {
		const made = await register(staff.facilitator, { requester: {} });
		if (!made.ok) throw new Error('not registered');
		expect(
			await decideRequest(ctx, staff.facilitator, made.value.id, { outcome: 'refusal', reason: 'Sekretess.' })
		).toMatchObject({ ok: true });
		const pdf = await downloadDelivery(ctx, staff.facilitator, made.value.id, 'pdf');
		if (!pdf.ok) throw new Error('no pdf');
		const text = pdfTextOf(pdf.value.body);
		expect(text).toContain('Beslut om avslag');
		expect(text).toContain('Sekretess.');
		expect(text).not.toContain('föräldravandringar');
		expect(await downloadDelivery(ctx, staff.facilitator, made.value.id, 'csv')).toMatchObject({ ok: false });
		const page = await loadRequestPage(ctx, staff.facilitator, made.value.id);
		expect(page.ok && page.value.requester).toBeNull();
	});

	it('keeps the organisation’s grounds editable by its admin only', async () => {
		expect((await loadGroundsPage(ctx, staff.official)).ok).toBe(false);
		const before = await loadGroundsPage(ctx, staff.admin);
		expect(before.ok && before.value.grounds.map((g) => g.code)).toContain('OSL 26 kap. 1 §');
		const bad = await saveGround(ctx, staff.admin, null, { code: '', label: '' });
		expect(!bad.ok && bad.error.code).toBe('invalid');
		const added = await saveGround(ctx, staff.admin, null, { code: 'OSL 23 kap. 1 §', label: 'Förskola.' });
		if (!added.ok) throw new Error('not added');
		expect((await archiveGround(ctx, staff.admin, added.value.id)).ok).toBe(true);
		expect((await saveGround(ctx, staff.official, null, { code: 'X', label: 'Y' })).ok).toBe(false);
	});
});
