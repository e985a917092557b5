/**
 * @module Who hears about a step, and how many messages that makes: what the confirmation before a
 * consequential action (advancing a phase, publishing a report or a decision) tells staff. Pure.
 */
import type { Phase } from '../process/phases';

/**
 * Whom a step tells: nobody; everyone who left a contact in the process and has not unsubscribed; or only
 * those whose perspectives the process's proposals build on (directly or through a theme).
 */
export type NoticeAudience = 'nobody' | 'everyone' | 'proposalContributors';

/**
 * Whom entering a phase tells, and under which event key (once per process). Keep in step with the notices the
 * phase change queues (`modules/process/advance-process-phase.ts`): the working group starts (co-creation),
 * proposals are open for arguments, proposals go to the decision makers (everyone hears; those behind a
 * proposal read which). The evaluation is announced when its survey opens, not with the phase.
 */
export function audienceOnEntering(phase: Phase): NoticeAudience {
	switch (phase) {
		case 'cocreation':
		case 'proposals':
		case 'decision':
			return 'everyone';
		default:
			return 'nobody';
	}
}

/** The event key of the notice entering a phase queues (see `audienceOnEntering`). */
export function phaseEventKey(phase: Phase, processId: string): string | null {
	switch (phase) {
		case 'cocreation':
			return `workingGroup:${processId}`;
		case 'proposals':
			return `arguments:${processId}`;
		case 'decision':
			return `proposals:${processId}`;
		default:
			return null;
	}
}

/** A person as the contact queries group them: one entry per email address (or, without one, phone number). */
export type GroupedContact = { email: string | null; phone: string | null };

/** How many people get a message, and how many messages per channel (a person with both gets both). */
export type RecipientCount = { people: number; email: number; sms: number };

export const NO_RECIPIENTS: RecipientCount = { people: 0, email: 0, sms: 0 };

export function countRecipients(contacts: readonly GroupedContact[]): RecipientCount {
	let email = 0;
	let sms = 0;
	let people = 0;
	for (const c of contacts) {
		if (!c.email && !c.phone) continue;
		people++;
		if (c.email) email++;
		if (c.phone) sms++;
	}
	return { people, email, sms };
}
