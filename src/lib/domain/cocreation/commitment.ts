/**
 * @module Commitments (åtaganden): who commits to what, by when — not only the municipality.
 */
export const PARTIES = ['municipality', 'association', 'residents', 'company', 'other'] as const;
export type Party = (typeof PARTIES)[number];

export const COMMITMENT_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A cancelled commitment keeps its reason; done and cancelled are final. */
export function checkStatusChange(
	from: CommitmentStatus,
	to: CommitmentStatus,
	reason: string
): { ok: true } | { ok: false; reason: 'final' | 'reason_required' | 'same' } {
	if (from === to) return { ok: false, reason: 'same' };
	if (from === 'done' || from === 'cancelled') return { ok: false, reason: 'final' };
	if (to === 'cancelled' && reason.trim() === '') return { ok: false, reason: 'reason_required' };
	return { ok: true };
}
