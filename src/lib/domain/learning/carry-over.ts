/**
 * @module Starting the next loop (nästa varv): a new draft process carries over a snapshot of the previous
 * one — its question, every tension with both sides (tensions are never resolved away), the proposals that
 * were not adopted with their outcome and reasons, and the lessons. Pure: the snapshot is compiled here,
 * every resident's text passed through personal-data redaction, and stored as it was at the start.
 */
import { redactPersonalData } from '../../analysis/text-harvest/index';
import type { Outcome } from '../decision/decision';
import { phaseIndex, type Phase } from '../process/phases';
import type { LessonKind } from './lesson';

export type CarriedTension = { title: string; description: string; sideA: string; sideB: string };
export type CarriedProposal = { title: string; outcome: Outcome | null; reasons: string };
export type CarriedLesson = { kind: LessonKind; text: string };

export type CarryOver = {
	version: 1;
	from: { slug: string; title: string };
	question: string;
	tensions: CarriedTension[];
	proposals: CarriedProposal[];
	lessons: CarriedLesson[];
};

type Side = { text: string; status: string } | null;

export type CarryOverInput = {
	from: { slug: string; title: string; question: string };
	tensions: { title: string; description: string; sideA: Side; sideB: Side }[];
	proposals: CarriedProposal[];
	lessons: { kind: LessonKind; text: string; withdrawnAt: Date | null }[];
};

/** A next loop is started from a process that has reached implementation or learning. */
export const canStartNextLoopIn = (phase: Phase): boolean => phaseIndex(phase) >= phaseIndex('implementation');

/** A side is carried only when it is shown publicly (visible), with personal data removed; else it is empty. */
const sideText = (side: Side) => (side && side.status === 'visible' ? redactPersonalData(side.text) : '');

export function compileCarryOver(input: CarryOverInput): CarryOver {
	return {
		version: 1,
		from: { slug: input.from.slug, title: input.from.title },
		question: input.from.question,
		tensions: input.tensions.map((t) => ({
			title: t.title,
			description: t.description,
			sideA: sideText(t.sideA),
			sideB: sideText(t.sideB)
		})),
		proposals: input.proposals.map((p) => ({ title: p.title, outcome: p.outcome, reasons: p.reasons })),
		lessons: input.lessons.filter((l) => l.withdrawnAt === null).map((l) => ({ kind: l.kind, text: l.text }))
	};
}

const LOOP_SUFFIX = /^(.*?)(?:\s+–\s+varv\s+(\d+))$/;
const SLUG_SUFFIX = /^(.*?)-varv-(\d+)$/;
const SLUG_MAX = 60;
const TITLE_MAX = 120;

/** Suggested title and slug for the next loop: "X – varv 2" / "x-varv-2", counting on from an earlier loop. */
export function nextLoopDefaults(from: { slug: string; title: string }): { title: string; slug: string } {
	const t = LOOP_SUFFIX.exec(from.title);
	const titleLoop = t ? Number(t[2]) + 1 : 2;
	const titleBase = t ? t[1] : from.title;
	const s = SLUG_SUFFIX.exec(from.slug);
	const slugLoop = s ? Number(s[2]) + 1 : 2;
	const slugBase = s ? s[1] : from.slug;
	const slugEnd = `-varv-${slugLoop}`;
	const titleEnd = ` – varv ${titleLoop}`;
	return {
		title: `${titleBase.slice(0, TITLE_MAX - titleEnd.length)}${titleEnd}`,
		slug: `${slugBase.slice(0, SLUG_MAX - slugEnd.length).replace(/-+$/, '')}${slugEnd}`
	};
}
