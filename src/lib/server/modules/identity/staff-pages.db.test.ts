import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePlatformAdmin,
	makeProcess,
	makeStaff,
	makeWorkingGroupMembers,
	type StaffActor
} from '../../testing/factories';
import { loadStaffWorkingGroup } from '../cocreation/load-staff-working-group';
import type { UseCaseContext } from '../context';
import { loadStaffDecisions } from '../decision/load-decision-pages';
import { loadOutbox } from '../notifications/load-outbox';
import { loadProcessList, openNewProcessForm } from '../process/load-process-list';
import { loadAuditLog } from '../records/load-audit-log';
import { loadOrganisationSettings, loadStaffList, loadStaffMember } from './load-organisation-admin';
import { loadPlatformOrganisation, loadPlatformOrganisations } from './load-platform';
import { loadStaffShell } from './load-staff-shell';

const COCREATION_SLUG = 'tillsammans-i-lillby-arbetsgruppen';
const OFFICIAL_NAME = 'Eva Holm';

describe.each(testDatabaseKinds())('what the staff pages show, and to whom, on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	const staff: Record<string, Actor> = {};
	let platform: Actor;
	const anonymous: Actor = { kind: 'anonymous' };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-12-01T08:00:00Z'), newId: () => randomUUID() };
		const organisationId = (await makeOrganisation(ctx)).id;
		await makeOrganisation(ctx);
		for (const role of ['facilitator', 'admin', 'official', 'elected'] as const)
			staff[role] = (
				await makeStaff(ctx, organisationId, role, role === 'official' ? { name: OFFICIAL_NAME } : {})
			).actor;
		platform = (await makePlatformAdmin(ctx, organisationId)).actor;
		// A process in co-creation whose facilitator has added two members to the working group (audited).
		const cocreation = await makeProcess(ctx, organisationId, { slug: COCREATION_SLUG, phase: 'cocreation' });
		await makeWorkingGroupMembers(ctx, staff.facilitator as StaffActor, cocreation, [
			{ name: 'Rolf Boende', email: 'rolf@example.se', role: 'resident' },
			{ name: 'Sofia Förening', email: 'sofia@example.se', role: 'civilSociety' }
		]);
	});
	afterAll(async () => database?.close());

	it('lets staff into the shell with their own controls, sends the platform admin away and refuses visitors', () => {
		const elected = loadStaffShell(staff.elected);
		expect(elected.ok && elected.value.permissions).toMatchObject({
			'process.create': false,
			'audit.view': false,
			'organisation.configure': false
		});
		const admin = loadStaffShell(staff.admin);
		expect(admin.ok && admin.value.permissions).toMatchObject({ 'audit.view': true, 'organisation.configure': true });
		expect(loadStaffShell(platform)).toEqual({ ok: false, error: { code: 'platform_admin' } });
		expect(loadStaffShell(anonymous)).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('shows the audit log and the outbox only to those who may read the audit log', async () => {
		const log = await loadAuditLog(ctx, staff.official);
		expect(log.ok && log.value.entries.length).toBeGreaterThan(0);
		expect(await loadAuditLog(ctx, staff.elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await loadAuditLog(ctx, platform)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect((await loadOutbox(ctx, staff.official)).ok).toBe(true);
		expect(await loadOutbox(ctx, staff.elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('lists the processes to every staff member, and opens the new-process form only to those who create', async () => {
		const list = await loadProcessList(ctx, staff.elected);
		expect(list.ok && list.value.processes.map((p) => p.slug)).toContain(COCREATION_SLUG);
		expect(list.ok && list.value.permissions['organisation.configure']).toBe(false);
		expect(openNewProcessForm(staff.facilitator).ok).toBe(true);
		expect(openNewProcessForm(staff.official)).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('shows the organisation, its sign-in and its staff only to the organisation admin', async () => {
		expect((await loadOrganisationSettings(ctx, staff.admin)).ok).toBe(true);
		expect(await loadOrganisationSettings(ctx, staff.facilitator)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const list = await loadStaffList(ctx, staff.admin);
		expect(list.ok && list.value.map((s) => s.name)).toContain(OFFICIAL_NAME);
		expect(await loadStaffList(ctx, staff.official)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const self = await loadStaffMember(ctx, staff.admin, (staff.admin as { userId: string }).userId);
		expect(self.ok && self.value.isSelf).toBe(true);
		const other = await loadStaffMember(ctx, staff.admin, (staff.official as { userId: string }).userId);
		expect(other.ok && other.value.isSelf).toBe(false);
		expect(await loadStaffMember(ctx, staff.admin, randomUUID())).toEqual({ ok: false, error: { code: 'not_found' } });
	});

	it('shows the organisations on the installation only to the platform admin, and asks others to sign in', async () => {
		const all = await loadPlatformOrganisations(ctx, platform);
		expect(all.ok && all.value.organisations.length).toBeGreaterThan(1);
		expect(await loadPlatformOrganisations(ctx, staff.admin)).toEqual({ ok: false, error: { code: 'sign_in' } });
		expect(await loadPlatformOrganisation(ctx, platform, 'finns-inte')).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
	});

	it("gives the working group's email addresses only to those who compose the group", async () => {
		const facilitator = await loadStaffWorkingGroup(ctx, staff.facilitator, COCREATION_SLUG);
		const official = await loadStaffWorkingGroup(ctx, staff.official, COCREATION_SLUG);
		if (!facilitator.ok || !official.ok) throw new Error('the working group did not load');
		expect(facilitator.value.group.members.some((m) => m.email?.includes('@'))).toBe(true);
		expect(facilitator.value.permissions['workingGroup.compose']).toBe(true);
		expect(official.value.group.members.length).toBe(facilitator.value.group.members.length);
		expect(official.value.group.members.every((m) => m.email === null)).toBe(true);
		expect(official.value.permissions['workingGroup.compose']).toBe(false);
		expect(await loadStaffWorkingGroup(ctx, anonymous, COCREATION_SLUG)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('shows the decisions to elected members without the controls to record one', async () => {
		const page = await loadStaffDecisions(ctx, staff.elected, COCREATION_SLUG);
		expect(page.ok && page.value.permissions['decision.record']).toBe(false);
		const facilitator = await loadStaffDecisions(ctx, staff.facilitator, COCREATION_SLUG);
		expect(facilitator.ok && facilitator.value.permissions['decision.record']).toBe(true);
		expect(await loadStaffDecisions(ctx, staff.elected, 'finns-inte')).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
	});
});
