/**
 * @module Data-subject requests (GDPR art. 15–17): a person asks what is held about them (registerutdrag),
 * to have it corrected (rättelse) or erased (radering). Pure rules: the kinds, how a person is identified,
 * when the answer is due (one month after receipt, art. 12(3)), and what erasure does to each kind of record
 * under the records plan (what the plan keeps is restricted, not deleted).
 */
import type { RecordsPolicy } from '../privacy/privacy';
import { addMonths, type RecordsPlan, type RecordType } from './records-plan';

export const SUBJECT_REQUEST_KINDS = ['access', 'rectification', 'erasure'] as const;
export type SubjectRequestKind = (typeof SUBJECT_REQUEST_KINDS)[number];

export const IDENTIFIER_KINDS = ['email', 'phone', 'receipt'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const SUBJECT_REQUEST_STATUSES = ['open', 'completed'] as const;
export type SubjectRequestStatus = (typeof SUBJECT_REQUEST_STATUSES)[number];

/** The day the answer is due: one calendar month after the day the request was received. */
export function subjectRequestDueOn(receivedOn: string): string {
	return addMonths(new Date(`${receivedOn}T00:00:00Z`), 1)
		.toISOString()
		.slice(0, 10);
}

/** Days left until the due day (negative: overdue), counted in whole days from `today`. */
export function daysLeft(dueOn: string, today: string): number {
	return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** An email address as compared: trimmed, lower case. */
export const normaliseEmail = (raw: string) => raw.trim().toLowerCase();

/** What erasure does with one kind of record: `erase` (deleted or emptied) or `restrict` (kept, hidden, reason recorded). */
export type ErasureAction = 'erase' | 'restrict';

/**
 * Erasure under the records plan. Personal data kept apart (contact details, self-descriptions, volunteer and
 * member details) is personal data only and is erased; records the plan keeps (a perspective's text, messages
 * sent) are public records: they are restricted (unpublished, hidden from ordinary views) with the reason.
 * An organisation whose records policy deletes (civil society) erases a perspective's text, as withdrawal does.
 */
export function erasureAction(type: RecordType, plan: RecordsPlan, policy: RecordsPolicy = 'keep'): ErasureAction {
	switch (type) {
		case 'perspectiveText':
		case 'interviewNotes':
			return plan[type].kind === 'keep' && policy === 'keep' ? 'restrict' : 'erase';
		case 'messages':
			return plan[type].kind === 'keep' ? 'restrict' : 'erase';
		default:
			return 'erase';
	}
}
