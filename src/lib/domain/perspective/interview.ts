/**
 * @module The interview plan: which groups to interview and how many, and how far we have come.
 * An interview yields several perspectives (channel "interview"), recorded only with the interviewee's
 * consent; whether they may be quoted (anonymously) is a separate consent. Interviewees are never named.
 */

/** The consent wording staff read out or show, versioned so the record says what was agreed to. */
export const INTERVIEW_CONSENT_VERSION = 'intervju-samtycke-1';

/** Up to this many perspectives can be typed in from one interview in one go. */
export const INTERVIEW_PERSPECTIVES_MAX = 8;

export type InterviewTarget = {
	id: string;
	name: string;
	description: string;
	targetCount: number;
	withdrawnAt: Date | null;
};

export type InterviewSummary = {
	id: string;
	targetId: string;
	heldOn: string;
	mayQuote: boolean;
	perspectiveCount: number;
};

export type TargetProgress = {
	id: string;
	name: string;
	description: string;
	targetCount: number;
	done: number;
	/** 0–1, capped at 1; more interviews than planned is fine and shown as the number itself. */
	share: number;
	remaining: number;
	perspectives: number;
};

export type InterviewProgress = {
	targets: TargetProgress[];
	total: { targetCount: number; done: number; share: number; perspectives: number };
};

/** Progress per group to reach (withdrawn groups left out, their interviews kept in the total). */
export function interviewProgress(targets: InterviewTarget[], interviews: InterviewSummary[]): InterviewProgress {
	const active = targets.filter((t) => t.withdrawnAt === null);
	const rows = active.map((t) => {
		const mine = interviews.filter((i) => i.targetId === t.id);
		return {
			id: t.id,
			name: t.name,
			description: t.description,
			targetCount: t.targetCount,
			done: mine.length,
			share: t.targetCount === 0 ? 1 : Math.min(1, mine.length / t.targetCount),
			remaining: Math.max(0, t.targetCount - mine.length),
			perspectives: mine.reduce((s, i) => s + i.perspectiveCount, 0)
		};
	});
	const targetCount = rows.reduce((s, r) => s + r.targetCount, 0);
	const done = interviews.length;
	return {
		targets: rows,
		total: {
			targetCount,
			done,
			share: targetCount === 0 ? 0 : Math.min(1, done / targetCount),
			perspectives: interviews.reduce((s, i) => s + i.perspectiveCount, 0)
		}
	};
}
