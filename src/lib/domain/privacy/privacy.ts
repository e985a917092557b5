/**
 * @module Privacy rules: what withdrawing a contribution does under the organisation's records policy, and
 * when contact details expire. A municipality's submissions are public records that archive law may require
 * it to keep, so there the text stays (unpublished); a civil-society organisation deletes it for real.
 */
import type { PhaseSchedule } from '../process/process';

export const RECORDS_POLICIES = ['keep', 'delete'] as const;
export type RecordsPolicy = (typeof RECORDS_POLICIES)[number];

export type Withdrawal = {
	status: 'withdrawn';
	/** The text kept as a public record, or emptied when the policy deletes. */
	text: (original: string) => string;
	/** Whether the text must also be taken out of published reports. */
	scrubReports: boolean;
};

export function withdrawal(policy: RecordsPolicy): Withdrawal {
	return policy === 'delete'
		? { status: 'withdrawn', text: () => '', scrubReports: true }
		: { status: 'withdrawn', text: (original) => original, scrubReports: false };
}

/**
 * The day contact details of a process are removed: the end of its last scheduled phase plus the
 * organisation's retention period. Null while the process has no end date (nothing is removed early).
 */
export function contactsExpireOn(schedule: PhaseSchedule[], retentionDays: number): string | null {
	const ends = schedule
		.map((s) => s.endsOn)
		.filter((d): d is string => Boolean(d))
		.sort();
	const last = ends[ends.length - 1];
	if (!last) return null;
	const day = new Date(`${last}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + retentionDays);
	return day.toISOString().slice(0, 10);
}

export const isExpired = (expiresOn: string | null, today: string) => expiresOn !== null && expiresOn < today;
