/**
 * @module What a decided request delivers, as it was decided: every text already in Swedish, every masked part a
 * segment naming its ground. Stored with the request (frozen) and rendered as PDF and CSV from there.
 */
import type { DisclosureOutcome } from './disclosure';
import type { Segment } from './masking';

export type DeliveredRecord = {
	key: string;
	heading: string;
	processTitle: string | null;
	date: string;
	facts: { label: string; value: string }[];
	fields: { label: string; segments: Segment[] }[];
};

export type Delivery = {
	version: 1;
	reference: string;
	organisation: string;
	receivedAt: string;
	channel: string;
	subject: string;
	selection: { process: string; period: string; recordTypes: string };
	decidedAt: string;
	decidedBy: string;
	outcome: DisclosureOutcome;
	outcomeText: string;
	reason: string;
	appeal: string | null;
	grounds: { code: string; label: string }[];
	counts: { records: number; masked: number };
	/** Empty for a refusal: nothing is handed out. */
	records: DeliveredRecord[];
};
