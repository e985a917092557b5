/**
 * @module State transitions of a process and the rules that guard them.
 */
import { err, ok, type Result } from '../../kernel/result';
import { nextPhase, PHASES, type Phase } from './phases';
import type { InfluenceDeclaration, PhaseSchedule, Process } from './process';

/** Fields that must be filled before the public may see a process: principle 1, be explicit about influence. */
export const REQUIRED_FOR_PUBLISHING = ['openToInfluence', 'whoDecides', 'decisionWhen', 'feedbackHow'] as const;
export type MissingForPublishing = (typeof REQUIRED_FOR_PUBLISHING)[number];

export type PublishError =
	{ code: 'influence_declaration_incomplete'; missing: MissingForPublishing[] } | { code: 'already_published' };

export function missingForPublishing(influence: InfluenceDeclaration): MissingForPublishing[] {
	return REQUIRED_FOR_PUBLISHING.filter((field) => influence[field].trim() === '');
}

export function publish(process: Process, now: Date): Result<Process, PublishError> {
	if (process.isPublished) return err({ code: 'already_published' });
	const missing = missingForPublishing(process.influence);
	if (missing.length > 0) return err({ code: 'influence_declaration_incomplete', missing });
	return ok({ ...process, isPublished: true, publishedAt: process.publishedAt ?? now, updatedAt: now });
}

export type UnpublishError = { code: 'not_published' };

export function unpublish(process: Process, now: Date): Result<Process, UnpublishError> {
	if (!process.isPublished) return err({ code: 'not_published' });
	return ok({ ...process, isPublished: false, updatedAt: now });
}

export type AdvanceError = { code: 'last_phase' } | { code: 'phase_changed'; current: Phase };

/**
 * Move to the next phase. `expected` is the phase the facilitator saw when they clicked, so a double
 * submit or two facilitators at once cannot skip a phase.
 */
export function advancePhase(process: Process, expected: Phase, now: Date): Result<Process, AdvanceError> {
	if (process.currentPhase !== expected) return err({ code: 'phase_changed', current: process.currentPhase });
	const next = nextPhase(process.currentPhase);
	if (next === null) return err({ code: 'last_phase' });
	return ok({ ...process, currentPhase: next, updatedAt: now });
}

export type ScheduleIssue = {
	phase: Phase;
	field: 'endsOn' | 'startsOn';
	code: 'ends_before_start' | 'starts_before_previous';
};

/** Dates are ISO `YYYY-MM-DD` strings, so string comparison is date comparison. */
export function checkSchedule(schedule: PhaseSchedule[]): ScheduleIssue[] {
	const issues: ScheduleIssue[] = [];
	let previousStart: string | null = null;
	for (const phase of PHASES) {
		const entry = schedule.find((s) => s.phase === phase);
		if (!entry) continue;
		if (entry.startsOn && entry.endsOn && entry.endsOn < entry.startsOn) {
			issues.push({ phase, field: 'endsOn', code: 'ends_before_start' });
		}
		if (entry.startsOn && previousStart && entry.startsOn < previousStart) {
			issues.push({ phase, field: 'startsOn', code: 'starts_before_previous' });
		}
		if (entry.startsOn) previousStart = entry.startsOn;
	}
	return issues;
}

/** A full schedule with one entry per phase, in loop order, filling gaps with empty dates. */
export function normaliseSchedule(schedule: PhaseSchedule[]): PhaseSchedule[] {
	return PHASES.map((phase) => schedule.find((s) => s.phase === phase) ?? { phase, startsOn: null, endsOn: null });
}

const SLUG_MAX = 60;

/** URL name from a title: lower case ASCII, Swedish letters folded (å, ä → a; ö → o), words joined by dashes. */
export function slugify(title: string): string {
	return title
		.toLowerCase()
		.replace(/[åä]/g, 'a')
		.replace(/ö/g, 'o')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, SLUG_MAX)
		.replace(/-+$/g, '');
}
