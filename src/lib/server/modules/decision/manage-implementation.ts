/**
 * @module Implementation (phase 7): each adopted proposal is an item with a responsible party, milestones,
 * progress and public status updates. A status update tells the contributors whose perspectives the
 * proposal builds on (once per update and person, through the outbox).
 */
import type { Actor } from '../../../domain/access/can';
import { normaliseProgress } from '../../../domain/decision/implementation';
import { err, ok, type Result } from '../../../kernel/result';
import { implementationUpdateSchema, itemInputSchema, milestoneInputSchema } from '../../../schemas/decision-input';
import {
	insertImplementationUpdate,
	insertMilestone,
	listImplementation,
	setMilestoneDone,
	setMilestoneDue,
	updateImplementationItem
} from './queries/decisions';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from '../cocreation/load-cocreation';
import { queueNotices } from '../notifications/queue-notices';
import { zodFieldErrors } from '../process/process-input';

async function loadItem(ctx: UseCaseContext, actor: Actor, slug: string, itemId: string) {
	const loaded = await loadCocreation(ctx, actor, 'implementation.manage', slug);
	if (!loaded.ok) return loaded;
	const item = (await listImplementation(ctx.db, loaded.value.process.id)).find((i) => i.id === itemId);
	if (!item) return err({ code: 'not_found' as const });
	return ok({ ...loaded.value, item });
}

/** Field ids carry the item id, since one page holds the forms of every item. */
const forItem = (fields: { field: string; message: string }[], id: string) =>
	fields.map((f) => ({ ...f, field: `${f.field}-${id}` }));

export async function postImplementationUpdate(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	itemId: string,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ id: string; notified: number }, UseCaseError>> {
	const loaded = await loadItem(ctx, actor, slug, itemId);
	if (!loaded.ok) return loaded;
	const { process, audit, now, item } = loaded.value;
	const parsed = implementationUpdateSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: forItem(zodFieldErrors(parsed.error), item.id) });
	const progress = normaliseProgress(parsed.data.status, parsed.data.progress);
	const id = ctx.newId();
	let notified = 0;
	await ctx.db.transaction(async (tx) => {
		await updateImplementationItem(tx, item.id, { status: parsed.data.status, progress, updatedAt: now });
		await insertImplementationUpdate(tx, {
			id,
			itemId: item.id,
			text: parsed.data.text,
			status: parsed.data.status,
			progress,
			createdByUserId: actor.kind === 'staff' ? actor.userId : null,
			createdAt: now
		});
		notified = await queueNotices(ctx, tx, {
			organisationId: process.organisationId,
			process,
			kind: 'progress',
			eventKey: `progress:${id}`,
			publicUrl,
			now,
			onlyTouching: [item.proposalId],
			params: {
				url: `${publicUrl}/processer/${process.slug}/genomforande#item-${item.id}`,
				item: item.title,
				status: parsed.data.status,
				progress,
				text: parsed.data.text
			}
		});
		await audit(tx, 'implementation.updated', {
			itemId: item.id,
			from: item.status,
			to: parsed.data.status,
			progress,
			notified
		});
	});
	return ok({ id, notified });
}

export async function reviseImplementationItem(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	itemId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadItem(ctx, actor, slug, itemId);
	if (!loaded.ok) return loaded;
	const { audit, now, item } = loaded.value;
	const parsed = itemInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: forItem(zodFieldErrors(parsed.error), item.id) });
	await ctx.db.transaction(async (tx) => {
		await updateImplementationItem(tx, item.id, { ...parsed.data, updatedAt: now });
		await audit(tx, 'implementation.revised', { itemId: item.id, responsible: parsed.data.responsible });
	});
	return ok({ id: item.id });
}

export async function addMilestone(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	itemId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadItem(ctx, actor, slug, itemId);
	if (!loaded.ok) return loaded;
	const { audit, now, item } = loaded.value;
	const parsed = milestoneInputSchema.safeParse(raw);
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: forItem(zodFieldErrors(parsed.error), item.id).map((f) => ({ ...f, field: `milestone-${f.field}` }))
		});
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await insertMilestone(tx, {
			id,
			itemId: item.id,
			title: parsed.data.title,
			dueOn: parsed.data.dueOn,
			createdAt: now
		});
		await audit(tx, 'implementation.milestoneAdded', { itemId: item.id, milestoneId: id, dueOn: parsed.data.dueOn });
	});
	return ok({ id });
}

/** Marks a milestone reached today (or not reached again, when it was marked by mistake). */
export async function markMilestone(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	itemId: string,
	milestoneId: unknown,
	done: boolean,
	publicUrl?: string
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadItem(ctx, actor, slug, itemId);
	if (!loaded.ok) return loaded;
	const { audit, now, item, process } = loaded.value;
	const milestone = item.milestones.find((m) => m.id === milestoneId);
	if (!milestone) return err({ code: 'not_found' });
	const today = now.toISOString().slice(0, 10);
	await ctx.db.transaction(async (tx) => {
		await setMilestoneDone(tx, milestone.id, done ? today : null);
		if (done && publicUrl)
			await queueNotices(ctx, tx, {
				organisationId: process.organisationId,
				process,
				kind: 'milestoneDone',
				eventKey: `milestoneDone:${milestone.id}`,
				publicUrl,
				now,
				onlyTouching: [item.proposalId],
				params: {
					url: `${publicUrl}/processer/${process.slug}/genomforande#item-${item.id}`,
					item: item.title,
					milestone: milestone.title,
					doneOn: today
				}
			});
		await audit(tx, done ? 'implementation.milestoneReached' : 'implementation.milestoneReopened', {
			itemId: item.id,
			milestoneId: milestone.id
		});
	});
	return ok({ id: milestone.id });
}

/** Moves a milestone that is not reached to a new date; those whose perspective it builds on are told. */
export async function moveMilestone(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	itemId: string,
	milestoneId: unknown,
	raw: unknown,
	publicUrl?: string
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadItem(ctx, actor, slug, itemId);
	if (!loaded.ok) return loaded;
	const { audit, now, item, process } = loaded.value;
	const milestone = item.milestones.find((m) => m.id === milestoneId);
	if (!milestone || milestone.doneOn) return err({ code: 'not_found' });
	const parsed = milestoneInputSchema.pick({ dueOn: true }).safeParse(raw);
	const field = `milestone-dueOn-${milestone.id}`;
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field }))
		});
	if (parsed.data.dueOn === milestone.dueOn)
		return err({ code: 'invalid', fields: [{ field, message: 'error.milestone.sameDate' }] });
	await ctx.db.transaction(async (tx) => {
		await setMilestoneDue(tx, milestone.id, parsed.data.dueOn);
		await audit(tx, 'implementation.milestoneMoved', {
			itemId: item.id,
			milestoneId: milestone.id,
			from: milestone.dueOn,
			to: parsed.data.dueOn
		});
		if (publicUrl)
			await queueNotices(ctx, tx, {
				organisationId: process.organisationId,
				process,
				kind: 'milestoneMoved',
				eventKey: `milestoneMoved:${milestone.id}:${parsed.data.dueOn}`,
				publicUrl,
				now,
				onlyTouching: [item.proposalId],
				params: {
					url: `${publicUrl}/processer/${process.slug}/genomforande#item-${item.id}`,
					item: item.title,
					milestone: milestone.title,
					previousDueOn: milestone.dueOn,
					dueOn: parsed.data.dueOn
				}
			});
	});
	return ok({ id: milestone.id });
}
