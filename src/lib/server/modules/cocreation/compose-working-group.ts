/**
 * @module The facilitator composes the working group: adds members with a role and what they carry,
 * sets the dots per member, invites by email with a personal sign-in link, and withdraws members with a
 * reason. The name and email are stored apart from the membership.
 */
import type { Actor } from '../../../domain/access/can';
import { DEFAULT_DOTS_PER_MEMBER } from '../../../domain/cocreation/working-group';
import { err, ok, type Result } from '../../../kernel/result';
import { translator } from '../../../i18n/index';
import { dotsSettingSchema, memberInputSchema, reasonSchema } from '../../../schemas/cocreation-input';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import type { Tx } from '../../db/client';
import {
	findMember,
	findMemberContact,
	findWorkingGroup,
	insertInvitation,
	insertMember,
	saveWorkingGroup,
	withdrawMember
} from './queries/cocreation';
import { listThemes } from '../perspectives/queries/perspectives';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from './load-cocreation';
import { zodFieldErrors } from '../process/process-input';

/** How long a personal sign-in link works. */
export const INVITATION_DAYS = 60;

const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);

export async function addMember(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ id: string; invited: boolean }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'workingGroup.compose', slug);
	if (!loaded.ok) return loaded;
	const parsed = memberInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, audit, now } = loaded.value;
	const input = parsed.data;
	const themeIds = new Set((await listThemes(ctx.db, process.id)).map((t) => t.id));
	if (input.themeIds.some((id) => !themeIds.has(id)))
		return err({ code: 'invalid', fields: [{ field: 'themeIds', message: 'error.cocreation.link' }] });
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		if (!(await findWorkingGroup(tx, process.id))) await saveWorkingGroup(tx, process.id, DEFAULT_DOTS_PER_MEMBER, now);
		await insertMember(
			tx,
			{ id, processId: process.id, role: input.role, brings: input.brings, showName: input.showName, createdAt: now },
			{ name: input.name, email: input.email.toLowerCase() },
			[...new Set(input.themeIds)],
			[...new Set(input.groups)]
		);
		// The audit records the role, never the name or email.
		await audit(tx, 'workingGroup.memberAdded', { memberId: id, role: input.role });
		if (input.invite)
			await queueInvitation(ctx, tx, {
				memberId: id,
				email: input.email.toLowerCase(),
				name: input.name,
				process,
				now,
				publicUrl
			});
	});
	return ok({ id, invited: input.invite });
}

async function queueInvitation(
	ctx: UseCaseContext,
	tx: Tx,
	i: {
		memberId: string;
		email: string;
		name: string;
		process: { id: string; organisationId: string; title: string; question: string };
		now: Date;
		publicUrl: string;
	}
) {
	const token = newSessionToken();
	await insertInvitation(tx, {
		tokenHash: hashSessionToken(token),
		memberId: i.memberId,
		expiresAt: new Date(i.now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
		createdAt: i.now
	});
	const t = translator('sv');
	await enqueueMessage(tx, {
		id: ctx.newId(),
		organisationId: i.process.organisationId,
		channel: 'email',
		dedupeKey: `member.invite:${i.memberId}:${i.now.toISOString()}`,
		recipient: i.email,
		subject: t('mail.invite.subject', { title: i.process.title }),
		bodyText: t('mail.invite.body', {
			name: i.name,
			title: i.process.title,
			question: i.process.question,
			link: `${i.publicUrl}/delta/${token}`,
			days: INVITATION_DAYS
		}),
		now: i.now
	});
}

export async function inviteMember(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'workingGroup.compose', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const memberId = (raw as { memberId?: unknown } | null)?.memberId;
	const member = isUuid(memberId) ? await findMember(ctx.db, process.id, memberId) : null;
	const contact = member && !member.withdrawnAt ? await findMemberContact(ctx.db, member.id) : null;
	if (!member || !contact) return err({ code: 'not_found' });
	await ctx.db.transaction(async (tx) => {
		await queueInvitation(ctx, tx, {
			memberId: member.id,
			email: contact.email,
			name: contact.name,
			process,
			now,
			publicUrl
		});
		await audit(tx, 'workingGroup.memberInvited', { memberId: member.id });
	});
	return ok({ id: member.id });
}

export async function withdrawGroupMember(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'workingGroup.compose', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const memberId = (raw as { memberId?: unknown } | null)?.memberId;
	const member = isUuid(memberId) ? await findMember(ctx.db, process.id, memberId) : null;
	if (!member || member.withdrawnAt) return err({ code: 'not_found' });
	const parsed = reasonSchema.safeParse(raw);
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field: `reason-${member.id}` }))
		});
	await ctx.db.transaction(async (tx) => {
		await withdrawMember(tx, member.id, now, parsed.data.reason);
		await audit(tx, 'workingGroup.memberWithdrawn', {
			memberId: member.id,
			role: member.role,
			reason: parsed.data.reason
		});
	});
	return ok({ id: member.id });
}

export async function setDotsPerMember(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ dotsPerMember: number }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'workingGroup.compose', slug);
	if (!loaded.ok) return loaded;
	const parsed = dotsSettingSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, audit, now } = loaded.value;
	await ctx.db.transaction(async (tx) => {
		await saveWorkingGroup(tx, process.id, parsed.data.dotsPerMember, now);
		await audit(tx, 'workingGroup.dotsSet', { dotsPerMember: parsed.data.dotsPerMember });
	});
	return ok(parsed.data);
}
