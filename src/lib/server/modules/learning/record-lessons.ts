/**
 * @module The facilitator records lessons (lärdomar): what worked, what did not, what to do next time. Lessons
 * can be edited and withdrawn (kept, shown nowhere), and each is public only when marked so. Audited.
 */
import type { Actor } from '../../../domain/access/can';
import { publicLessons, type Lesson } from '../../../domain/learning/lesson';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import { lessonInputSchema } from '../../../schemas/learning-input';
import { auditAs } from '../records/queries/audit';
import { findLesson, insertLesson, listLessons, markLessonWithdrawn, updateLesson } from './queries/learning';
import { findProcessBySlug } from '../process/queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export async function loadLessonsForStaff(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<{ process: Process; lessons: Lesson[]; permissions: { 'lesson.record': boolean } }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'staff.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const lessons = (await listLessons(ctx.db, process.id)).filter((l) => l.withdrawnAt === null);
	return ok({
		process,
		lessons,
		permissions: permissions(actor, ['lesson.record'], {
			organisationId: process.organisationId,
			phase: process.currentPhase
		})
	});
}

/** The public lessons of a published process; not found while there are none. */
export async function loadPublicLessons(
	ctx: UseCaseContext,
	organisationId: string,
	slug: string,
	isStaff: boolean
): Promise<Result<{ process: Process; lessons: Lesson[] }, UseCaseError>> {
	const process = await findProcessBySlug(ctx.db, organisationId, slug);
	if (!process || (!process.isPublished && !isStaff)) return err({ code: 'not_found' });
	const lessons = publicLessons(await listLessons(ctx.db, process.id));
	return lessons.length > 0 ? ok({ process, lessons }) : err({ code: 'not_found' });
}

/** The public lessons of a published process for the API: an empty list while there are none. */
export async function loadPublishedLessons(
	ctx: UseCaseContext,
	organisationId: string,
	slug: string
): Promise<Result<{ process: Process; lessons: Lesson[] }, UseCaseError>> {
	const process = await findProcessBySlug(ctx.db, organisationId, slug);
	if (!process?.isPublished) return err({ code: 'not_found' });
	return ok({ process, lessons: publicLessons(await listLessons(ctx.db, process.id)) });
}

export async function recordLesson(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'lesson.record', slug);
	if (!loaded.ok) return loaded;
	const parsed = lessonInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const now = ctx.now();
	const lesson: Lesson = {
		id: ctx.newId(),
		processId: process.id,
		...parsed.data,
		createdAt: now,
		updatedAt: now,
		withdrawnAt: null
	};
	await ctx.db.transaction(async (tx) => {
		await insertLesson(tx, { ...lesson, createdByUserId: staff.userId });
		await auditAs(ctx, staff, now)(tx, 'lesson.recorded', 'lesson', lesson.id, {
			processId: process.id,
			kind: lesson.kind,
			isPublic: lesson.isPublic
		});
	});
	return ok({ id: lesson.id });
}

async function findCurrent(ctx: UseCaseContext, processId: string, id: unknown): Promise<Lesson | null> {
	if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
	const lesson = await findLesson(ctx.db, processId, id);
	return lesson && lesson.withdrawnAt === null ? lesson : null;
}

export async function reviseLesson(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: Record<string, unknown>
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'lesson.record', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const lesson = await findCurrent(ctx, process.id, raw.lessonId);
	if (!lesson) return err({ code: 'not_found' });
	const parsed = lessonInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const changed = (['kind', 'text', 'isPublic'] as const).filter((k) => lesson[k] !== parsed.data[k]);
	if (changed.length === 0) return ok({ id: lesson.id });
	await ctx.db.transaction(async (tx) => {
		await updateLesson(tx, lesson.id, { ...parsed.data, updatedAt: now });
		await auditAs(ctx, staff, now)(tx, 'lesson.revised', 'lesson', lesson.id, { processId: process.id, changed });
	});
	return ok({ id: lesson.id });
}

export async function withdrawLesson(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	lessonId: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'lesson.record', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const lesson = await findCurrent(ctx, process.id, lessonId);
	if (!lesson) return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await markLessonWithdrawn(tx, lesson.id, now);
		await auditAs(ctx, staff, now)(tx, 'lesson.withdrawn', 'lesson', lesson.id, { processId: process.id });
	});
	return ok({ id: lesson.id });
}
