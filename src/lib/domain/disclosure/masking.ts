/**
 * @module Masking (maskning) of the records gathered for a request: the passages the personal-data detector
 * proposes, passages the reviewer adds by their exact text, and the masked text itself — every masked part
 * replaced by a visible marker naming its ground, e.g. "[MASKERAT – OSL 21 kap. 7 §]". Overlapping or touching
 * passages become one marker naming every ground involved. Pure.
 */
import { findPersonalData } from '../../analysis/text-harvest/index';

/**
 * What the detector found (name, phone, email, personnummer), a receipt code or a link (keys to a person's data),
 * or a passage the reviewer gave.
 */
export type PassageKind = ReturnType<typeof findPersonalData>[number]['kind'] | 'code' | 'link' | 'manual';

/** A span of one field of one record. `key` is stable for a proposal: record, field and offsets. */
export type Passage = {
	key: string;
	recordKey: string;
	field: string;
	start: number;
	end: number;
	kind: PassageKind;
};

/** A passage to mask, with the ground's code shown in the marker. */
export type Mask = { start: number; end: number; ground: string };

/** A piece of masked text: shown as it is, or replaced by the marker. */
export type Segment = { text: string } | { masked: true; ground: string };

export const MARKER = (ground: string) => `[MASKERAT – ${ground}]`;

/** Keys end up in form field names, so they hold no dots. */
export const passageKey = (recordKey: string, field: string, start: number, end: number) =>
	`${recordKey}~${field}~${start}~${end}`;

/** The detector's proposals for one field: names, phone numbers, email addresses, personnummer. */
export function proposePassages(recordKey: string, field: string, text: string): Passage[] {
	return findPersonalData(text).map((m) => ({
		key: passageKey(recordKey, field, m.start, m.end),
		recordKey,
		field,
		start: m.start,
		end: m.end,
		kind: m.kind
	}));
}

/** Every occurrence of `needle` in `text` (exactly as written, case and all); none for an empty needle. */
export function findExact(text: string, needle: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	if (!needle) return out;
	let from = 0;
	for (;;) {
		const at = text.indexOf(needle, from);
		if (at < 0) return out;
		out.push({ start: at, end: at + needle.length });
		from = at + needle.length;
	}
}

/**
 * The text as segments, every mask replaced by a marker. Masks are clipped to the text; overlapping or
 * touching masks merge into one marker whose grounds are listed once each, in the order they first appear.
 */
export function applyMasks(text: string, masks: Mask[]): Segment[] {
	const spans = masks
		.map((m) => ({ start: Math.max(0, m.start), end: Math.min(text.length, m.end), grounds: [m.ground] }))
		.filter((m) => m.end > m.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: typeof spans = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) {
			last.end = Math.max(last.end, span.end);
			for (const g of span.grounds) if (!last.grounds.includes(g)) last.grounds.push(g);
		} else merged.push({ ...span, grounds: [...span.grounds] });
	}
	const out: Segment[] = [];
	let pos = 0;
	for (const span of merged) {
		if (span.start > pos) out.push({ text: text.slice(pos, span.start) });
		out.push({ masked: true, ground: span.grounds.join(', ') });
		pos = span.end;
	}
	if (pos < text.length) out.push({ text: text.slice(pos) });
	return out;
}

/** Segments as plain text, markers written out. */
export const segmentsToText = (segments: Segment[]) =>
	segments.map((s) => ('masked' in s ? MARKER(s.ground) : s.text)).join('');

/** The text with its masks applied, as plain text. */
export const maskText = (text: string, masks: Mask[]) => segmentsToText(applyMasks(text, masks));
