/**
 * @module Sessions of the working group: the facilitator plans them (agenda, date, place, a method from the
 * catalogue) and edits the agenda; facilitator and note-taker capture harvest notes as they come — stored
 * first, then broadcast to everyone following live; afterwards the facilitator publishes the harvest.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import {
	agendaInputSchema,
	noteInputSchema,
	reasonSchema,
	sessionInputSchema
} from '../../../schemas/cocreation-input';
import {
	findGroupSession,
	findNote,
	hideNote,
	insertGroupSession,
	insertNote,
	listPerspectiveTexts,
	updateGroupSession
} from './queries/cocreation';
import { listThemes } from '../perspectives/queries/perspectives';
import { broadcast } from '../../live/harvest-broadcaster';
import methods from '../../seed/content/methods.json';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from './load-cocreation';
import { zodFieldErrors } from '../process/process-input';

/** The methods a session can use: every method of the catalogue that is held as a meeting or a walk. */
export const SESSION_METHODS = methods
	.filter((m) => m.activityKind === 'session' || m.activityKind === 'walk')
	.map((m) => ({ key: m.key, name: m.name, nameEn: m.nameEn }));

const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);
const idOf = (raw: unknown, key: string) => (raw as Record<string, unknown> | null)?.[key];

export async function planSession(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'session.plan', slug);
	if (!loaded.ok) return loaded;
	const parsed = sessionInputSchema.safeParse(raw);
	const fields = parsed.success ? [] : zodFieldErrors(parsed.error);
	if (parsed.success && !SESSION_METHODS.some((m) => m.key === parsed.data.methodKey))
		fields.push({ field: 'methodKey', message: 'error.session.method' });
	if (!parsed.success || fields.length) return err({ code: 'invalid', fields });
	const { process, audit, now } = loaded.value;
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await insertGroupSession(tx, { id, processId: process.id, ...parsed.data, createdAt: now, updatedAt: now });
		await audit(tx, 'session.planned', {
			sessionId: id,
			title: parsed.data.title,
			methodKey: parsed.data.methodKey,
			heldOn: parsed.data.heldOn
		});
	});
	return ok({ id });
}

export async function reviseAgenda(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	sessionId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'session.plan', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const session = isUuid(sessionId) ? await findGroupSession(ctx.db, process.id, sessionId) : null;
	if (!session) return err({ code: 'not_found' });
	const parsed = agendaInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	await ctx.db.transaction(async (tx) => {
		await updateGroupSession(tx, session.id, { agenda: parsed.data.agenda, updatedAt: now });
		await audit(tx, 'session.agendaRevised', { sessionId: session.id, agenda: parsed.data.agenda });
	});
	return ok({ id: session.id });
}

export async function addHarvestNote(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	sessionId: string,
	raw: unknown
): Promise<Result<{ id: string; seq: number }, UseCaseError | { code: 'published' }>> {
	const loaded = await loadCocreation(ctx, actor, 'session.note', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const session = isUuid(sessionId) ? await findGroupSession(ctx.db, process.id, sessionId) : null;
	if (!session || session.withdrawnAt) return err({ code: 'not_found' });
	if (session.harvestPublishedAt) return err({ code: 'published' });
	const parsed = noteInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const themes = await listThemes(ctx.db, process.id);
	const themeIds = [...new Set(parsed.data.themeIds)].filter((id) => themes.some((t) => t.id === id));
	const perspectiveIds = (await listPerspectiveTexts(ctx.db, process.id, [...new Set(parsed.data.perspectiveIds)])).map(
		(p) => p.id
	);
	const id = ctx.newId();
	let seq = 0;
	// Stored before it is broadcast: a restart loses nothing, a failed insert announces nothing.
	await ctx.db.transaction(async (tx) => {
		seq = await insertNote(
			tx,
			{
				id,
				sessionId: session.id,
				kind: parsed.data.kind,
				text: parsed.data.text,
				authorUserId: actor.kind === 'staff' ? actor.userId : null,
				createdAt: now
			},
			themeIds,
			perspectiveIds
		);
		await audit(tx, 'session.noteAdded', { sessionId: session.id, noteId: id, kind: parsed.data.kind });
	});
	broadcast(session.id, {
		id,
		seq,
		kind: parsed.data.kind,
		text: parsed.data.text,
		createdAt: now.toISOString(),
		themes: themes.filter((t) => themeIds.includes(t.id)).map((t) => t.name)
	});
	return ok({ id, seq });
}

export async function hideHarvestNote(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	sessionId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'harvest.publish', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const session = isUuid(sessionId) ? await findGroupSession(ctx.db, process.id, sessionId) : null;
	const noteId = idOf(raw, 'noteId');
	const note = session && isUuid(noteId) ? await findNote(ctx.db, session.id, noteId) : null;
	if (!session || !note || note.hiddenAt) return err({ code: 'not_found' });
	const parsed = reasonSchema.safeParse(raw);
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field: `reason-${note.id}` }))
		});
	await ctx.db.transaction(async (tx) => {
		await hideNote(tx, note.id, now, parsed.data.reason);
		await audit(tx, 'session.noteHidden', { sessionId: session.id, noteId: note.id, reason: parsed.data.reason });
	});
	return ok({ id: note.id });
}

export async function publishHarvest(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	sessionId: string
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'harvest.publish', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const session = isUuid(sessionId) ? await findGroupSession(ctx.db, process.id, sessionId) : null;
	if (!session || session.withdrawnAt) return err({ code: 'not_found' });
	if (session.harvestPublishedAt) return ok({ id: session.id });
	await ctx.db.transaction(async (tx) => {
		await updateGroupSession(tx, session.id, { harvestPublishedAt: now, updatedAt: now });
		await audit(tx, 'session.harvestPublished', { sessionId: session.id });
	});
	return ok({ id: session.id });
}
