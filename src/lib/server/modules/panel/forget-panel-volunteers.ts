/**
 * @module Retention for panels: volunteers' names, contact details and addresses are removed as soon as
 * they are no longer needed (domain/panel/retention.ts): those not on the panel once it is complete or the
 * process has moved past co-creation, everyone once the process has ended and the organisation's retention
 * period has passed. Applied in the transaction of the change that completes the panel (the last "yes",
 * a phase change) and by the server's retention run every six hours. The pool keeps each volunteer's code
 * and answers, so the public verification still works. Audited with counts only, never who.
 */
import { panelRetention, volunteersToForget } from '../../../domain/panel/retention';
import { contactsExpireOn } from '../../../domain/privacy/privacy';
import type { Process } from '../../../domain/process/process';
import type { Tx } from '../../db/client';
import { auditAs, listAudit } from '../records/queries/audit';
import { findOrganisationById, listOrganisations } from '../identity/queries/organisations';
import {
	deleteVolunteerContacts,
	findCurrentDraw,
	findPanel,
	listDraws,
	listInvitations,
	listVolunteersWithContacts
} from './queries/panels';
import { listProcesses } from '../process/queries/processes';
import { forgetRecipients } from '../notifications/queries/outbox';
import type { UseCaseContext } from '../context';

/** Applies the rule to the process's panel inside the caller's transaction; returns how many were removed. */
export async function forgetUnneededVolunteers(
	ctx: UseCaseContext,
	tx: Tx,
	process: Process,
	retentionDays: number,
	now: Date
): Promise<number> {
	const panel = await findPanel(tx, process.id);
	if (!panel) return 0;
	const draw = await findCurrentDraw(tx, panel.id);
	const isDrawn = draw?.status === 'drawn';
	const accepted = isDrawn
		? (await listInvitations(tx, draw.id)).filter((i) => i.status === 'accepted').map((i) => i.volunteerId)
		: [];
	const retention = panelRetention({
		phase: process.currentPhase,
		seats: panel.size,
		isDrawn,
		accepted,
		expiresOn: contactsExpireOn(process.schedule, retentionDays),
		today: now.toISOString().slice(0, 10)
	});
	const forget = volunteersToForget(retention, await listVolunteersWithContacts(tx, panel.id));
	if (retention.stage === 'needed' || forget.length === 0) return 0;
	const removed = await deleteVolunteerContacts(tx, forget);
	// Invitations and reserve notices name the person and carry their reply link.
	const draws = await listDraws(tx, panel.id);
	await forgetRecipients(
		tx,
		draws.flatMap((d) => forget.flatMap((v) => [`panel-invite:${d.id}:${v}`, `panel-reserve:${d.id}:${v}`]))
	);
	const reason = retention.stage === 'expired' ? 'retentionPassed' : retention.reason;
	await auditAs(ctx, { organisationId: process.organisationId, userId: null }, now)(
		tx,
		'panel.contactsRemoved',
		'panel',
		panel.id,
		{ removed, reason, kept: retention.keep.size }
	);
	return removed;
}

/** The retention run: every panel of every organisation, one transaction per process. */
export async function purgePanelVolunteers(ctx: UseCaseContext): Promise<{ panels: number; removed: number }> {
	const now = ctx.now();
	let panels = 0;
	let removed = 0;
	for (const organisation of await listOrganisations(ctx.db)) {
		for (const process of await listProcesses(ctx.db, organisation.id, 'all')) {
			const n = await ctx.db.transaction((tx) =>
				forgetUnneededVolunteers(ctx, tx, process, organisation.contactRetentionDays, now)
			);
			if (n > 0) panels++;
			removed += n;
		}
	}
	return { panels, removed };
}

export type PanelRetentionView = {
	stage: 'needed' | 'panelDone' | 'expired';
	retentionDays: number;
	/** The day everyone's details go, or null while the process has no end date. */
	expiresOn: string | null;
	/** Volunteers whose name and contact details are stored now. */
	stored: number;
	/** Removals so far, newest first (counts only). */
	removals: { at: Date; removed: number; reason: 'seatsFilled' | 'phasePassed' | 'retentionPassed' }[];
};

/** What the staff panel page says about the volunteers' personal data. */
export async function describePanelRetention(
	ctx: UseCaseContext,
	process: Process,
	panel: { id: string; size: number },
	retentionDays: number
): Promise<PanelRetentionView> {
	const draw = await findCurrentDraw(ctx.db, panel.id);
	const isDrawn = draw?.status === 'drawn';
	const accepted = isDrawn
		? (await listInvitations(ctx.db, draw.id)).filter((i) => i.status === 'accepted').map((i) => i.volunteerId)
		: [];
	const expiresOn = contactsExpireOn(process.schedule, retentionDays);
	const retention = panelRetention({
		phase: process.currentPhase,
		seats: panel.size,
		isDrawn,
		accepted,
		expiresOn,
		today: ctx.now().toISOString().slice(0, 10)
	});
	const events = await listAudit(ctx.db, process.organisationId, { entityId: panel.id });
	return {
		stage: retention.stage,
		retentionDays,
		expiresOn,
		stored: (await listVolunteersWithContacts(ctx.db, panel.id)).length,
		removals: events
			.filter((e) => e.action === 'panel.contactsRemoved')
			.map((e) => ({
				at: e.createdAt,
				removed: Number(e.details.removed),
				reason: e.details.reason as PanelRetentionView['removals'][number]['reason']
			}))
	};
}

/** For use cases that only know the organisation: its retention period in days. */
export async function retentionDaysOf(tx: Tx, organisationId: string): Promise<number> {
	return (await findOrganisationById(tx, organisationId))?.contactRetentionDays ?? 90;
}
