/**
 * @module The reviewer's masking over the gathered records: the detector's proposals (masked unless the reviewer
 * unmasked them), the passages the reviewer gave by their exact text, each with its ground; and the masked
 * fields that come out of it. Pure: records and the review in, passages and segments out.
 */
import { applyMasks, findExact, proposePassages, type Passage, type Segment } from './masking';

/** One field of one record, e.g. a perspective's text or a message's recipient. */
export type RecordField = { name: string; caption?: string; text: string };
export type RecordTexts = { key: string; fields: RecordField[] };

export type Review = {
	passages: Record<string, { masked: boolean; groundId: string | null }>;
	manual: { id: string; text: string; recordKey: string | null; groundId: string }[];
};

export const EMPTY_REVIEW: Review = { passages: {}, manual: [] };

export type ReviewedPassage = Passage & {
	text: string;
	masked: boolean;
	groundId: string | null;
	/** The reviewer's own passage this occurrence comes from. */
	manualId: string | null;
};

/** Receipt codes (the key to a contributor's own data) and web links (they may carry a personal token). */
const CODE = /\b[A-Z]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}\b/g;
const LINK = /https?:\/\/[^\s<>"]+/g;

function secretsIn(recordKey: string, field: string, text: string): Passage[] {
	const out: Passage[] = [];
	for (const [re, kind] of [
		[LINK, 'link'],
		[CODE, 'code']
	] as const)
		for (const m of text.matchAll(re)) {
			const start = m.index;
			const end = start + m[0].length;
			out.push({ key: `${recordKey}~${field}~${start}~${end}`, recordKey, field, start, end, kind });
		}
	return out;
}

/** Every passage of the records with what the reviewer decided, in record and text order. */
export function reviewPassages(
	records: RecordTexts[],
	review: Review,
	defaultGroundId: string | null
): ReviewedPassage[] {
	const out: ReviewedPassage[] = [];
	for (const record of records)
		for (const field of record.fields) {
			const proposed = [
				...proposePassages(record.key, field.name, field.text),
				...secretsIn(record.key, field.name, field.text)
			];
			// A proposal inside another (a code in a link) is left to the outer one, as the detector does.
			let reached = -1;
			for (const p of proposed.sort((a, b) => a.start - b.start || b.end - a.end)) {
				if (p.start < reached) continue;
				reached = p.end;
				const decided = review.passages[p.key];
				out.push({
					...p,
					text: field.text.slice(p.start, p.end),
					masked: decided?.masked ?? true,
					groundId: decided?.groundId ?? defaultGroundId,
					manualId: null
				});
			}
			for (const m of review.manual) {
				if (m.recordKey !== null && m.recordKey !== record.key) continue;
				for (const at of findExact(field.text, m.text))
					out.push({
						key: `manual~${m.id}~${record.key}~${field.name}~${at.start}`,
						recordKey: record.key,
						field: field.name,
						...at,
						kind: 'manual',
						text: m.text,
						masked: true,
						groundId: m.groundId,
						manualId: m.id
					});
			}
		}
	return out;
}

/** The masked fields of one record: every masked passage replaced by a marker with its ground's code. */
export function maskedFields(
	record: RecordTexts,
	passages: ReviewedPassage[],
	groundCode: (groundId: string | null) => string
): { name: string; caption?: string; segments: Segment[] }[] {
	return record.fields.map((field) => ({
		name: field.name,
		...(field.caption ? { caption: field.caption } : {}),
		segments: applyMasks(
			field.text,
			passages
				.filter((p) => p.masked && p.recordKey === record.key && p.field === field.name)
				.map((p) => ({ start: p.start, end: p.end, ground: groundCode(p.groundId) }))
		)
	}));
}

/** How many distinct passages are masked (the reviewer's own passage counts once per occurrence). */
export const maskedCount = (passages: ReviewedPassage[]) => passages.filter((p) => p.masked).length;
