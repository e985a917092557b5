/**
 * @module Following a perspective: its trace (perspective → theme → report → proposals → decision →
 * implementation), by receipt code or, for a visible perspective, publicly; and stopping or restarting the
 * messages about it. Unsubscribing stops every perspective the same person (same email or phone) left with
 * the organisation, since "stop" means stop.
 */
import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { buildTrace, type Trace } from '../../../domain/decision/trace';
import { normaliseReceipt } from '../../../domain/perspective/receipt';
import { err, ok, type Result } from '../../../kernel/result';
import type { Db } from '../../db/client';
import { auditAs } from '../records/queries/audit';
import { listImplementation, listProposalsTouching, listPublishedOutcomes } from '../decision/queries/decisions';
import { findReportPublishedAt } from './queries/reports';
import { perspectiveContacts, perspectives, processes, themes } from '../../db/schema/index';
import type { UseCaseContext } from '../context';

async function findPerspective(db: Db, where: ReturnType<typeof eq>) {
	const rows = await db
		.select({
			id: perspectives.id,
			processId: perspectives.processId,
			organisationId: processes.organisationId,
			status: perspectives.status,
			channel: perspectives.channel,
			createdAt: perspectives.createdAt,
			receipt: perspectives.receipt,
			themeName: themes.name
		})
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.leftJoin(themes, eq(themes.id, perspectives.themeId))
		.where(where);
	return rows[0] ?? null;
}

async function traceOf(db: Db, p: NonNullable<Awaited<ReturnType<typeof findPerspective>>>): Promise<Trace> {
	const touching = await listProposalsTouching(db, p.processId, [p.id]);
	const proposalIds = touching.map((x) => x.proposalId);
	const [outcomes, implementation, reportAt] = await Promise.all([
		listPublishedOutcomes(db, proposalIds),
		listImplementation(db, p.processId),
		findReportPublishedAt(db, p.processId)
	]);
	return buildTrace({
		perspective: { status: p.status, createdAt: p.createdAt, channel: p.channel },
		theme: p.themeName ? { name: p.themeName } : null,
		report: reportAt ? { publishedAt: reportAt } : null,
		proposals: touching.map((x) => ({ id: x.proposalId, title: x.title, via: x.via })),
		outcomes,
		implementation: implementation
			.filter((i) => proposalIds.includes(i.proposalId))
			.map((i) => ({
				proposalId: i.proposalId,
				id: i.id,
				title: i.title,
				status: i.status,
				progress: i.progress,
				latestUpdate: i.updates[0] ? { text: i.updates[0].text, at: i.updates[0].createdAt } : null
			}))
	});
}

/** The trace behind a receipt code of this organisation, or null. */
export async function traceByReceipt(db: Db, organisationId: string, code: string): Promise<Trace | null> {
	const receipt = normaliseReceipt(code);
	const p = receipt ? await findPerspective(db, eq(perspectives.receipt, receipt)) : null;
	if (!p || p.organisationId !== organisationId) return null;
	return traceOf(db, p);
}

/** The trace of a visible perspective in a process, for the public page. */
export async function traceOfPerspective(db: Db, processId: string, perspectiveId: string): Promise<Trace | null> {
	if (!/^[0-9a-f-]{36}$/i.test(perspectiveId)) return null;
	const p = await findPerspective(db, eq(perspectives.id, perspectiveId));
	if (!p || p.processId !== processId || p.status !== 'visible') return null;
	return traceOf(db, p);
}

/** The contact rows of the same person (same email or phone) in the organisation as the receipt's. */
async function sameContacts(db: Db, organisationId: string, receipt: string) {
	const own = await db
		.select({
			email: perspectiveContacts.email,
			phone: perspectiveContacts.phone,
			unsubscribedAt: perspectiveContacts.unsubscribedAt,
			perspectiveId: perspectives.id
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(and(eq(perspectives.receipt, receipt), eq(processes.organisationId, organisationId)));
	const c = own[0];
	if (!c) return null;
	const inOrg = db
		.select({ id: perspectives.id })
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(eq(processes.organisationId, organisationId));
	const same = or(
		c.email
			? and(
					isNotNull(perspectiveContacts.email),
					sql`lower(trim(${perspectiveContacts.email})) = ${c.email.trim().toLowerCase()}`
				)
			: undefined,
		c.phone
			? and(
					isNotNull(perspectiveContacts.phone),
					sql`regexp_replace(${perspectiveContacts.phone}, '[\\s-]', '', 'g') = ${c.phone.replace(/[\s-]/g, '')}`
				)
			: undefined
	);
	return {
		own: c,
		where: and(
			inArray(perspectiveContacts.perspectiveId, inOrg),
			same ?? eq(perspectiveContacts.perspectiveId, c.perspectiveId)
		)
	};
}

export type SubscriptionState = { hasContact: boolean; unsubscribed: boolean };

export async function subscriptionState(
	db: Db,
	organisationId: string,
	code: string
): Promise<SubscriptionState | null> {
	const receipt = normaliseReceipt(code);
	if (!receipt) return null;
	const p = await findPerspective(db, eq(perspectives.receipt, receipt));
	if (!p || p.organisationId !== organisationId) return null;
	const found = await sameContacts(db, organisationId, receipt);
	return { hasContact: Boolean(found), unsubscribed: Boolean(found?.own.unsubscribedAt) };
}

/** Stops (or restarts) messages to the person behind the receipt. No actor, never the address in the audit. */
export async function setSubscription(
	ctx: UseCaseContext,
	organisationId: string,
	code: string,
	subscribed: boolean
): Promise<Result<{ changed: number }, { code: 'not_found' | 'no_contact' }>> {
	const receipt = normaliseReceipt(code);
	if (!receipt) return err({ code: 'not_found' });
	const p = await findPerspective(ctx.db, eq(perspectives.receipt, receipt));
	if (!p || p.organisationId !== organisationId) return err({ code: 'not_found' });
	const found = await sameContacts(ctx.db, organisationId, receipt);
	if (!found) return err({ code: 'no_contact' });
	const now = ctx.now();
	let changed = 0;
	await ctx.db.transaction(async (tx) => {
		const rows = await tx
			.update(perspectiveContacts)
			.set({ unsubscribedAt: subscribed ? null : now })
			.where(
				and(
					found.where,
					subscribed ? isNotNull(perspectiveContacts.unsubscribedAt) : isNull(perspectiveContacts.unsubscribedAt)
				)
			)
			.returning({ id: perspectiveContacts.perspectiveId });
		changed = rows.length;
		await auditAs(ctx, { organisationId, userId: null }, now)(
			tx,
			subscribed ? 'contact.resubscribed' : 'contact.unsubscribed',
			'perspective',
			p.id,
			{ perspectives: changed }
		);
	});
	return ok({ changed });
}
