/**
 * @module Inviting the drawn panel: every member gets a mail with a personal reply link (accept or decline,
 * works without JavaScript), every reserve a notice of their place in line. Mail goes through the outbox in
 * the same transaction, once per person and draw. When someone declines, the facilitator invites the next
 * reserve: the first in order with whom the panel still meets every quota.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import { nextReserve } from '../../../domain/panel/draw';
import { err, ok, type Result } from '../../../kernel/result';
import { translator } from '../../../i18n/index';
import type { Tx } from '../../db/client';
import { auditAs } from '../records/queries/audit';
import {
	findCurrentDraw,
	findInvitationByToken,
	insertInvitation,
	listInvitations,
	listPool,
	readVolunteerContacts,
	respondToInvitation
} from './queries/panels';
import { findProcessBySlug } from '../process/queries/processes';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext, UseCaseError } from '../context';
import { forgetUnneededVolunteers, retentionDaysOf } from './forget-panel-volunteers';
import { loadPanelFor, type PanelError } from './manage-panel';

export type InviteError = PanelError | { code: 'not_drawn' } | { code: 'no_reserve' } | { code: 'not_declined' };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newToken = () => randomBytes(24).toString('base64url');

async function loadDrawn(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.contacts');
	if (!loaded.ok) return loaded;
	const draw = await findCurrentDraw(ctx.db, loaded.value.panel.id);
	if (!draw || draw.status !== 'drawn' || !draw.outcome) return err({ code: 'not_drawn' as const });
	return ok({ ...loaded.value, draw, outcome: draw.outcome });
}

type Ctx = {
	ctx: UseCaseContext;
	tx: Tx;
	organisationId: string;
	drawId: string;
	panelName: string;
	processTitle: string;
	publicUrl: string;
	now: Date;
};

async function invite(
	c: Ctx,
	volunteer: { id: string; email: string; name: string },
	role: 'member' | 'reserve',
	replaces: string | null
): Promise<boolean> {
	const token = newToken();
	const inserted = await insertInvitation(c.tx, {
		id: c.ctx.newId(),
		drawId: c.drawId,
		volunteerId: volunteer.id,
		role,
		tokenSha256: sha256(token),
		status: 'invited',
		replacesInvitationId: replaces,
		invitedAt: c.now
	});
	if (!inserted) return false;
	const t = translator('sv');
	await enqueueMessage(c.tx, {
		id: c.ctx.newId(),
		organisationId: c.organisationId,
		channel: 'email',
		dedupeKey: `panel-invite:${c.drawId}:${volunteer.id}`,
		recipient: volunteer.email,
		subject: t('mail.panel.invite.subject', { panel: c.panelName }),
		bodyText: t('mail.panel.invite.body', {
			name: volunteer.name,
			panel: c.panelName,
			title: c.processTitle,
			url: `${c.publicUrl}/inbjudan/${token}`
		}),
		now: c.now
	});
	return true;
}

export async function sendPanelInvitations(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	publicUrl: string
): Promise<Result<{ invited: number; notified: number }, InviteError>> {
	const loaded = await loadDrawn(ctx, actor, slug);
	if (!loaded.ok) return loaded;
	const { panel, process, staff, draw, outcome } = loaded.value;
	const pool = await listPool(ctx.db, panel.id);
	const byCode = new Map(pool.map((p) => [p.code, p]));
	const members = outcome.selected.map((c) => byCode.get(c)!).filter(Boolean);
	const reserves = outcome.reserves.map((c) => byCode.get(c)!).filter(Boolean);
	const contacts = await readVolunteerContacts(
		ctx.db,
		[...members, ...reserves].map((p) => p.id)
	);
	const now = ctx.now();
	const t = translator('sv');
	let invited = 0;
	let notified = 0;
	await ctx.db.transaction(async (tx) => {
		const c: Ctx = {
			ctx,
			tx,
			organisationId: staff.organisationId,
			drawId: draw.id,
			panelName: panel.name,
			processTitle: process.title,
			publicUrl,
			now
		};
		for (const m of members) {
			const contact = contacts.get(m.id);
			if (contact && (await invite(c, { id: m.id, email: contact.email, name: contact.name }, 'member', null)))
				invited++;
		}
		for (const [i, r] of reserves.entries()) {
			const contact = contacts.get(r.id);
			if (!contact) continue;
			const isNew = await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: staff.organisationId,
				channel: 'email',
				dedupeKey: `panel-reserve:${draw.id}:${r.id}`,
				recipient: contact.email,
				subject: t('mail.panel.reserve.subject', { panel: panel.name }),
				bodyText: t('mail.panel.reserve.body', {
					name: contact.name,
					panel: panel.name,
					title: process.title,
					place: i + 1
				}),
				now
			});
			if (isNew) notified++;
		}
		await auditAs(ctx, staff, now)(tx, 'panel.invitationsSent', 'panel', panel.id, {
			drawId: draw.id,
			invited,
			notified
		});
	});
	return ok({ invited, notified });
}

export async function inviteNextReserve(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	publicUrl: string,
	invitationId: unknown
): Promise<Result<{ code: string; keepsQuotas: boolean }, InviteError>> {
	const loaded = await loadDrawn(ctx, actor, slug);
	if (!loaded.ok) return loaded;
	const { panel, process, staff, draw, outcome } = loaded.value;
	const invitations = await listInvitations(ctx.db, draw.id);
	const declined = invitations.find((i) => i.id === invitationId);
	if (!declined || declined.status !== 'declined' || invitations.some((i) => i.replacesInvitationId === declined.id))
		return err({ code: 'not_declined' });
	const pool = await listPool(ctx.db, panel.id);
	const byId = new Map(pool.map((p) => [p.id, p]));
	const byCode = new Map(pool.map((p) => [p.code, p]));
	const staying = invitations.filter((i) => i.status !== 'declined').map((i) => byId.get(i.volunteerId)!.values);
	const asked = new Set(invitations.map((i) => byId.get(i.volunteerId)!.code));
	// Only reserves whose details are still stored can be asked (see forget-panel-volunteers.ts).
	const contacts = await readVolunteerContacts(
		ctx.db,
		outcome.reserves.map((code) => byCode.get(code)!.id)
	);
	const reachable = outcome.reserves.filter((code) => contacts.has(byCode.get(code)!.id));
	const reserves = reachable.map((code) => ({ code, values: byCode.get(code)!.values }));
	const next = nextReserve(panel.features, panel.quotas, panel.size, staying, reserves, asked);
	if (!next) return err({ code: 'no_reserve' });
	const volunteer = byCode.get(next.code)!;
	const contact = contacts.get(volunteer.id)!;
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		const c: Ctx = {
			ctx,
			tx,
			organisationId: staff.organisationId,
			drawId: draw.id,
			panelName: panel.name,
			processTitle: process.title,
			publicUrl,
			now
		};
		await invite(c, { id: volunteer.id, email: contact.email, name: contact.name }, 'reserve', declined.id);
		await auditAs(ctx, staff, now)(tx, 'panel.reserveInvited', 'panel', panel.id, {
			drawId: draw.id,
			code: next.code,
			keepsQuotas: next.keepsQuotas,
			replaces: declined.id
		});
	});
	return ok(next);
}

export type ReplyView = {
	panelName: string;
	processTitle: string;
	processQuestion: string;
	processSlug: string;
	status: 'invited' | 'accepted' | 'declined';
	isClosed: boolean;
};

/** What the reply page shows for a token (nothing personal), or not found. */
/** `organisationId` is the organisation whose address the link was opened on: a link works only there. */
export async function findInvitation(
	ctx: UseCaseContext,
	organisationId: string,
	token: string
): Promise<Result<ReplyView, UseCaseError>> {
	const found = token.length < 100 ? await findInvitationByToken(ctx.db, sha256(token)) : null;
	if (!found || found.organisationId !== organisationId) return err({ code: 'not_found' });
	return ok({
		panelName: found.panelName,
		processTitle: found.processTitle,
		processQuestion: found.processQuestion,
		processSlug: found.processSlug,
		status: found.invitation.status,
		isClosed: found.supersededAt !== null
	});
}

/** The invited person answers through their link. An answer is final; the facilitator can see it. */
export async function answerInvitation(
	ctx: UseCaseContext,
	organisationId: string,
	token: string,
	answer: unknown
): Promise<Result<{ status: 'accepted' | 'declined' }, UseCaseError | { code: 'answered' } | { code: 'closed' }>> {
	if (answer !== 'accept' && answer !== 'decline')
		return err({ code: 'invalid', fields: [{ field: 'answer', message: 'error.panel.reply.choose' }] });
	const found = token.length < 100 ? await findInvitationByToken(ctx.db, sha256(token)) : null;
	if (!found || found.organisationId !== organisationId) return err({ code: 'not_found' });
	if (found.supersededAt) return err({ code: 'closed' });
	const status = answer === 'accept' ? 'accepted' : 'declined';
	const now = ctx.now();
	let changed = false;
	await ctx.db.transaction(async (tx) => {
		changed = await respondToInvitation(tx, found.invitation.id, status, now);
		if (!changed) return;
		await auditAs(ctx, { organisationId: found.organisationId, userId: null }, now)(
			tx,
			`panel.invitation${status === 'accepted' ? 'Accepted' : 'Declined'}`,
			'panel_invitation',
			found.invitation.id
		);
		// The last "yes" completes the panel: the others' details are no longer needed.
		const process = status === 'accepted' ? await findProcessBySlug(tx, found.organisationId, found.processSlug) : null;
		if (process) await forgetUnneededVolunteers(ctx, tx, process, await retentionDaysOf(tx, found.organisationId), now);
	});
	return changed ? ok({ status }) : err({ code: 'answered' });
}
