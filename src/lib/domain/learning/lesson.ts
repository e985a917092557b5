/**
 * @module Lessons (lärdomar) of a process: what worked, what did not, and what to do next time. The
 * facilitator records, edits and withdraws them; withdrawn ones stay stored but are shown nowhere. A lesson
 * is public only when the facilitator marks it so (lessons can be worth sharing in any phase, and a working
 * note should not go public just because the phase changed).
 */

export const LESSON_KINDS = ['worked', 'didNotWork', 'nextTime'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const LESSON_MAX = 2000;

export type Lesson = {
	id: string;
	processId: string;
	kind: LessonKind;
	text: string;
	isPublic: boolean;
	createdAt: Date;
	updatedAt: Date;
	withdrawnAt: Date | null;
};

/** Lessons that are in force (not withdrawn), grouped by kind in the order of LESSON_KINDS, oldest first. */
export function groupLessons<T extends Pick<Lesson, 'kind' | 'createdAt' | 'withdrawnAt'>>(
	lessons: T[]
): { kind: LessonKind; lessons: T[] }[] {
	const current = lessons
		.filter((l) => l.withdrawnAt === null)
		.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
	return LESSON_KINDS.map((kind) => ({ kind, lessons: current.filter((l) => l.kind === kind) })).filter(
		(g) => g.lessons.length > 0
	);
}

/** The public lessons page exists once at least one lesson in force is public. */
export const publicLessons = <T extends Pick<Lesson, 'isPublic' | 'withdrawnAt'>>(lessons: T[]): T[] =>
	lessons.filter((l) => l.isPublic && l.withdrawnAt === null);
