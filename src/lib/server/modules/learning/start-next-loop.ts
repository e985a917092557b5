/**
 * @module "Starta nästa varv": from a process in implementation or learning, the facilitator opens a new
 * draft process that continues it. The new process gets the (editable) question, the purpose, the
 * participation matrix, the areas and the population; its influence declaration and schedule start empty,
 * because what is open to influence has to be decided anew for the new loop (and publishing requires it).
 * A snapshot of what is carried over — question, every tension with both sides, the proposals not adopted
 * with outcome and reasons, and the lessons — is stored with it. One next loop per process. Audited on both.
 */
import type { Actor } from '../../../domain/access/can';
import {
	canStartNextLoopIn,
	compileCarryOver,
	nextLoopDefaults,
	type CarryOver
} from '../../../domain/learning/carry-over';
import { PHASES } from '../../../domain/process/phases';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import { nextLoopInputSchema } from '../../../schemas/learning-input';
import { auditAs } from '../records/queries/audit';
import { loadUnadoptedProposals } from '../decision/queries/decisions';
import { findNextLoop, insertCarryOver, listLessons, listTensionsWithSides } from './queries/learning';
import { insertProcess, isSlugTaken } from '../process/queries/processes';
import { assignFacilitator, copyFacilitators } from '../identity/queries/staff';
import type { Db, Tx } from '../../db/client';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor, type StaffActor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export type NextLoopError = UseCaseError | { code: 'too_early' } | { code: 'already_started'; slug: string };

async function carryOverOf(db: Db | Tx, process: Process): Promise<CarryOver> {
	return compileCarryOver({
		from: process,
		tensions: await listTensionsWithSides(db, process.id),
		proposals: (await loadUnadoptedProposals(db, process.id)).map((p) => ({
			title: p.title,
			outcome: p.outcome,
			reasons: p.reasons
		})),
		lessons: await listLessons(db, process.id)
	});
}

export type NextLoopForm = {
	process: Process;
	defaults: { title: string; slug: string; question: string };
	preview: CarryOver;
	canStart: boolean;
	nextLoop: { slug: string; title: string } | null;
};

/** What the form shows: prefilled title, slug and question, and a preview of what will be carried over. */
export async function loadNextLoopForm(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<NextLoopForm, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'process.startNextLoop', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	return ok({
		process,
		defaults: { ...nextLoopDefaults(process), question: process.question },
		preview: await carryOverOf(ctx.db, process),
		canStart: canStartNextLoopIn(process.currentPhase),
		nextLoop: await findNextLoop(ctx.db, process.id)
	});
}

export async function startNextLoop(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<Process, NextLoopError>> {
	const loaded = await loadProcessFor(ctx, actor, 'process.startNextLoop', slug);
	if (!loaded.ok) return loaded;
	const { process: from, staff } = loaded.value;
	if (!canStartNextLoopIn(from.currentPhase)) return err({ code: 'too_early' });
	const existing = await findNextLoop(ctx.db, from.id);
	if (existing) return err({ code: 'already_started', slug: existing.slug });
	const parsed = nextLoopInputSchema.safeParse(raw);
	const fields = parsed.success ? [] : zodFieldErrors(parsed.error);
	const wanted = (raw as { slug?: unknown } | null)?.slug;
	if (
		!fields.some((f) => f.field === 'slug') &&
		typeof wanted === 'string' &&
		(await isSlugTaken(ctx.db, staff.organisationId, wanted.trim()))
	)
		fields.push({ field: 'slug', message: 'error.slug.taken' });
	if (!parsed.success || fields.length > 0) return err({ code: 'invalid', fields });
	const now = ctx.now();
	const next: Process = {
		id: ctx.newId(),
		organisationId: staff.organisationId,
		slug: parsed.data.slug,
		title: parsed.data.title,
		question: parsed.data.question,
		purpose: from.purpose,
		context: '',
		influence: {
			openToInfluence: '',
			notNegotiable: '',
			notNegotiableReason: '',
			whoDecides: '',
			decisionWhen: '',
			feedbackHow: ''
		},
		participation: from.participation,
		schedule: PHASES.map((phase) => ({ phase, startsOn: null, endsOn: null })),
		currentPhase: 'preparation',
		areas: from.areas,
		population: from.population,
		isPublished: false,
		publishedAt: null,
		createdAt: now,
		updatedAt: now
	};
	try {
		await save(ctx, staff, from, next, now);
	} catch (e) {
		// A double click: the first request started the loop (one per process, by a unique key).
		const started = await findNextLoop(ctx.db, from.id);
		if (started) return err({ code: 'already_started', slug: started.slug });
		throw e;
	}
	return ok(next);
}

function save(ctx: UseCaseContext, staff: StaffActor, from: Process, next: Process, now: Date) {
	return ctx.db.transaction(async (tx) => {
		// The snapshot is compiled inside the transaction, so it is exactly what was there when the loop started.
		const snapshot = await carryOverOf(tx, from);
		await insertProcess(tx, next);
		// The same facilitators run the next loop, and whoever starts it.
		await copyFacilitators(tx, from.id, next.id, now);
		if (staff.role === 'facilitator') await assignFacilitator(tx, next.id, staff.userId, now);
		await insertCarryOver(tx, {
			processId: next.id,
			fromProcessId: from.id,
			snapshot,
			createdByUserId: staff.userId,
			createdAt: now
		});
		const audit = auditAs(ctx, staff, now);
		await audit(tx, 'process.created', 'process', next.id, { slug: next.slug, title: next.title, fromSlug: from.slug });
		await audit(tx, 'process.nextLoopStarted', 'process', from.id, {
			slug: next.slug,
			title: next.title,
			tensions: snapshot.tensions.length,
			proposals: snapshot.proposals.length,
			lessons: snapshot.lessons.length
		});
	});
}
