/**
 * @module How long volunteers' names, contact details and addresses are kept. They are needed while the
 * panel is being formed: to invite those drawn and, when someone declines, the reserves in order. Once
 * the panel is complete (every seat has said yes) or the process has moved past co-creation, only the
 * panel's members are still needed; when the process has ended and the organisation's retention period
 * has passed, nobody is. The answers to the panel's questions stay, under a code and without names, so
 * the lottery can still be checked and counted.
 */
import { phaseIndex, type Phase } from '../process/phases';
import { isExpired } from '../privacy/privacy';

export type PanelRetentionFacts = {
	phase: Phase;
	seats: number;
	/** Whether the draw in force has been drawn. */
	isDrawn: boolean;
	/** Volunteers who said yes to an invitation of the draw in force. */
	accepted: readonly string[];
	/** From `contactsExpireOn`: the day everyone's details go, or null while the process has no end. */
	expiresOn: string | null;
	today: string;
};

export type PanelRetention =
	| { stage: 'needed' }
	| { stage: 'panelDone'; reason: 'seatsFilled' | 'phasePassed'; keep: ReadonlySet<string> }
	| { stage: 'expired'; keep: ReadonlySet<string> };

export function panelRetention(f: PanelRetentionFacts): PanelRetention {
	if (isExpired(f.expiresOn, f.today)) return { stage: 'expired', keep: new Set() };
	const keep = new Set(f.isDrawn ? f.accepted : []);
	if (phaseIndex(f.phase) > phaseIndex('cocreation')) return { stage: 'panelDone', reason: 'phasePassed', keep };
	if (f.isDrawn && keep.size >= f.seats) return { stage: 'panelDone', reason: 'seatsFilled', keep };
	return { stage: 'needed' };
}

/** The volunteers whose details go now, of those whose details are still stored. */
export function volunteersToForget(retention: PanelRetention, withDetails: readonly string[]): string[] {
	if (retention.stage === 'needed') return [];
	return withDetails.filter((id) => !retention.keep.has(id));
}
