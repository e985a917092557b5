/**
 * @module Implementation (phase 7): each adopted proposal becomes an item with milestones, progress and
 * public status updates.
 */

export const IMPLEMENTATION_STATUSES = ['planned', 'inProgress', 'done', 'paused', 'cancelled'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export const isImplementationStatus = (v: unknown): v is ImplementationStatus =>
	IMPLEMENTATION_STATUSES.includes(v as ImplementationStatus);

export const UPDATE_MAX = 2000;

export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;

/** A done item is at 100 %; any other status keeps the progress given (0–100, whole numbers). */
export function normaliseProgress(status: ImplementationStatus, progress: number): number {
	if (status === 'done') return PROGRESS_MAX;
	return Math.max(PROGRESS_MIN, Math.min(PROGRESS_MAX, Math.round(progress)));
}

export type Milestone = { id: string; title: string; dueOn: string; doneOn: string | null };

/** Milestones in date order, with whether each is late on `today` (YYYY-MM-DD). */
export function milestoneStates(
	milestones: Milestone[],
	today: string
): (Milestone & { state: 'done' | 'late' | 'upcoming' })[] {
	return [...milestones]
		.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'sv'))
		.map((m) => ({ ...m, state: m.doneOn ? 'done' : m.dueOn < today ? 'late' : 'upcoming' }));
}
