/**
 * @module The organisation admin decides who works in the organisation's dialogues and in which role, and
 * which processes each facilitator runs. A new person gets no password: they sign in with the
 * organisation's identity provider or a sign-in link to their address, which the welcome mail explains.
 * The organisation always keeps at least one admin, and an admin cannot remove themselves.
 */
import { authorize, refused } from '../gate';
import { z } from 'zod';
import { can, STAFF_ROLES, type Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { translator, type Locale } from '../../../i18n';
import { auditAs } from '../records/queries/audit';
import { findOrganisationById } from './queries/organisations';
import { listProcesses } from '../process/queries/processes';
import {
	deleteMembership,
	insertMembership,
	listStaff,
	replaceFacilitatorProcesses,
	updateMembershipRole
} from './queries/staff';
import { findMembership, findUserByEmail } from './queries/users';
import { users } from '../../db/schema/index';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

type Admin = Extract<Actor, { kind: 'staff' }>;
const isAdmin = (actor: Actor): actor is Admin => actor.kind === 'staff' && can(actor, 'organisation.configure');

const newMemberSchema = z.object({
	name: z.string().trim().min(2, 'error.staff.name').max(120, 'error.staff.name'),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(320, 'error.email.format')
		.pipe(z.email({ message: 'error.email.format' })),
	role: z.enum(STAFF_ROLES, { message: 'error.staff.role' })
});

export async function addStaffMember(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown,
	links: { origin: string; locale: Locale }
): Promise<Result<{ userId: string }, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || !isAdmin(actor)) return refused();
	const parsed = newMemberSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { name, email, role } = parsed.data;
	const existing = await findUserByEmail(ctx.db, email);
	if (existing && (await findMembership(ctx.db, existing.id, actor.organisationId)))
		return err({ code: 'invalid', fields: [{ field: 'email', message: 'error.staff.already' }] });
	const organisation = await findOrganisationById(ctx.db, actor.organisationId);
	const t = translator(links.locale);
	const now = ctx.now();
	const userId = existing?.id ?? ctx.newId();
	await ctx.db.transaction(async (tx) => {
		if (!existing) await tx.insert(users).values({ id: userId, email, name, passwordHash: '', createdAt: now });
		await insertMembership(tx, { userId, organisationId: actor.organisationId, role });
		await auditAs(ctx, actor, now)(tx, 'staff.added', 'user', userId, { role });
		await enqueueMessage(tx, {
			id: ctx.newId(),
			organisationId: actor.organisationId,
			channel: 'email',
			dedupeKey: `staff.added:${actor.organisationId}:${userId}:${now.getTime()}`,
			recipient: email,
			subject: t('mail.staffAdded.subject', { organisation: organisation?.name ?? '' }),
			bodyText: t('mail.staffAdded.body', {
				name,
				organisation: organisation?.name ?? '',
				role: t(`staff.role.${role}`),
				signInUrl: `${links.origin}/logga-in`
			}),
			now
		});
	});
	return ok({ userId });
}

const revisionSchema = z.object({
	role: z.enum(STAFF_ROLES, { message: 'error.staff.role' }),
	processIds: z.array(z.string().uuid()).max(500).default([])
});

/** Changes someone's role and, for a facilitator, the processes they run. */
export async function reviseStaffMember(
	ctx: UseCaseContext,
	actor: Actor,
	userId: string,
	raw: unknown
): Promise<Result<null, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || !isAdmin(actor)) return refused();
	const staff = await listStaff(ctx.db, actor.organisationId);
	const member = staff.find((s) => s.userId === userId);
	if (!member) return err({ code: 'not_found' });
	const parsed = revisionSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { role } = parsed.data;
	if (member.role === 'admin' && role !== 'admin' && staff.filter((s) => s.role === 'admin').length === 1)
		return err({ code: 'invalid', fields: [{ field: 'role', message: 'error.staff.lastAdmin' }] });
	// Only the organisation's own processes can be assigned, whatever ids were posted.
	const own = new Set((await listProcesses(ctx.db, actor.organisationId, 'all')).map((p) => p.id));
	const processIds = role === 'facilitator' ? parsed.data.processIds.filter((id) => own.has(id)) : [];
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		if (role !== member.role) await updateMembershipRole(tx, actor.organisationId, userId, role);
		await replaceFacilitatorProcesses(tx, actor.organisationId, userId, processIds, now);
		await auditAs(ctx, actor, now)(tx, 'staff.revised', 'user', userId, { role, processes: processIds.length });
	});
	return ok(null);
}

export async function removeStaffMember(
	ctx: UseCaseContext,
	actor: Actor,
	userId: string
): Promise<Result<null, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || !isAdmin(actor)) return refused();
	if (userId === actor.userId) return err({ code: 'conflict', reason: 'self' });
	const staff = await listStaff(ctx.db, actor.organisationId);
	if (!staff.some((s) => s.userId === userId)) return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await replaceFacilitatorProcesses(tx, actor.organisationId, userId, [], now);
		await deleteMembership(tx, actor.organisationId, userId);
		await auditAs(ctx, actor, now)(tx, 'staff.removed', 'user', userId);
	});
	return ok(null);
}
