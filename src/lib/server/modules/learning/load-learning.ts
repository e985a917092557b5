/**
 * @module What the process pages show about phase 8: the evaluation survey (open, or closed with results), the
 * public lessons, the previous and next loop; for staff also the carry-over record and whether a next loop
 * can be started. One call per page, so the pages need only one line each.
 */
import { can, type Actor } from '../../../domain/access/can';
import { canStartNextLoopIn } from '../../../domain/learning/carry-over';
import { showsPublicResults } from '../../../domain/learning/evaluation';
import { publicLessons } from '../../../domain/learning/lesson';
import type { Process } from '../../../domain/process/process';
import type { Db } from '../../db/client';
import { findCarryOver, findNextLoop, findSurvey, listLessons } from './queries/learning';

export async function learningOnProcessPage(db: Db, process: Process) {
	const survey = await findSurvey(db, process.id);
	const carried = await findCarryOver(db, process.id);
	const next = await findNextLoop(db, process.id);
	return {
		evaluation:
			survey && process.isPublished ? { isOpen: survey.isOpen, hasResults: showsPublicResults(survey) } : null,
		hasLessons: publicLessons(await listLessons(db, process.id)).length > 0,
		previous: carried?.from.isPublished ? { slug: carried.from.slug, title: carried.from.title } : null,
		next: next?.isPublished ? { slug: next.slug, title: next.title } : null
	};
}

export async function learningOnStaffPage(db: Db, actor: Actor, process: Process) {
	const lessons = await listLessons(db, process.id);
	return {
		survey: await findSurvey(db, process.id),
		lessonCount: lessons.filter((l) => l.withdrawnAt === null).length,
		carryOver: await findCarryOver(db, process.id),
		nextLoop: await findNextLoop(db, process.id),
		canStartNextLoop: can(actor, 'process.startNextLoop') && canStartNextLoopIn(process.currentPhase)
	};
}
