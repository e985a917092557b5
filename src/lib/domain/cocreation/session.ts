/**
 * @module Sessions (möten) of the working group and their harvest notes (skörd).
 */
import type { Phase } from '../process/phases';
import { phaseIndex } from '../process/phases';

export const NOTE_KINDS = ['insight', 'tension', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const isNoteKind = (v: unknown): v is NoteKind => NOTE_KINDS.includes(v as NoteKind);

export const NOTE_MAX = 2000;
export const AGENDA_MAX = 4000;

/** The working group works in phases 4 and 5 (and may meet on in implementation). */
export const isCocreating = (phase: Phase): boolean =>
	phaseIndex(phase) >= phaseIndex('cocreation') && phaseIndex(phase) <= phaseIndex('implementation');

/** Prioritising (dots, 360° assessment) and public arguments are open while proposals are worked on. */
export const isPrioritising = (phase: Phase): boolean => phase === 'cocreation' || phase === 'proposals';
