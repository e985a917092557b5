/**
 * @module The delivery of a decided request, composed once when it is decided and then kept as it is (frozen):
 * the decision letter's facts, the reason, the appeal instructions, the grounds cited, and every record with its
 * masked parts replaced by markers ("[MASKERAT – OSL 21 kap. 7 §]"). All text is Swedish, the language of the
 * decision; the PDF and the CSV are rendered from it, never from the live records.
 */
import type { DisclosureOutcome } from '../../../domain/disclosure/disclosure';
import type { Delivery } from '../../../domain/disclosure/delivery';
import { maskedFields, type ReviewedPassage } from '../../../domain/disclosure/review';
import { formatDate, formatDateTime, translator, type MessageKey } from '../../../i18n/index';
import type { GatheredRecord } from './gather-records';
import type { GroundRow, RequestRow } from './queries/disclosure';

const sv = translator('sv');

/** The request's reference as shown in letters and lists. */
export const referenceOf = (id: string) => `UTL-${id.slice(0, 8).toUpperCase()}`;

export function fieldLabel(name: string, caption?: string): string {
	if (caption) return sv('disclosure.field.outcome', { proposal: caption });
	return sv(`disclosure.field.${name}` as MessageKey);
}

export function composeDelivery(input: {
	request: RequestRow;
	organisation: string;
	records: GatheredRecord[];
	passages: ReviewedPassage[];
	grounds: GroundRow[];
	defaultGroundId: string | null;
	outcome: DisclosureOutcome;
	reason: string;
	decidedAt: Date;
	decidedBy: string;
}): Delivery {
	const { request, records, passages, outcome } = input;
	const byId = new Map(input.grounds.map((g) => [g.id, g]));
	const code = (id: string | null) => byId.get(id ?? input.defaultGroundId ?? '')?.code ?? sv('disclosure.noGround');
	const masked = passages.filter((p) => p.masked);
	const used = [...new Set(masked.map((p) => p.groundId ?? input.defaultGroundId))]
		.map((id) => byId.get(id ?? ''))
		.filter((g): g is GroundRow => g !== undefined)
		.map((g) => ({ code: g.code, label: g.label }));
	const valueOf = (f: GatheredRecord['facts'][number]) =>
		f.valueKey ? sv(f.valueKey) : /^\d{4}-\d{2}-\d{2}$/.test(f.value) ? formatDate('sv', f.value) : f.value;
	return {
		version: 1,
		reference: referenceOf(request.id),
		organisation: input.organisation,
		receivedAt: formatDateTime('sv', request.receivedAt),
		channel: sv(`disclosure.channel.${request.channel}` as MessageKey),
		subject: request.subject,
		selection: {
			process: request.processTitle ?? sv('disclosure.allProcesses'),
			period:
				request.periodFrom || request.periodTo
					? `${request.periodFrom ? formatDate('sv', request.periodFrom) : '…'} – ${request.periodTo ? formatDate('sv', request.periodTo) : '…'}`
					: sv('disclosure.wholePeriod'),
			recordTypes: request.recordTypes.map((t) => sv(`disclosure.type.${t}` as MessageKey)).join(', ')
		},
		decidedAt: formatDateTime('sv', input.decidedAt),
		decidedBy: input.decidedBy,
		outcome,
		outcomeText: sv(`disclosure.outcome.${outcome}` as MessageKey),
		reason: input.reason,
		appeal: outcome === 'full' ? null : sv('disclosure.appeal', { organisation: input.organisation }),
		grounds: outcome === 'full' ? [] : used,
		counts: { records: records.length, masked: masked.length },
		records:
			outcome === 'refusal'
				? []
				: records.map((r) => ({
						key: r.key,
						heading: sv(`disclosure.typeOne.${r.type}` as MessageKey),
						processTitle: r.processTitle,
						date: formatDateTime('sv', r.at),
						facts: r.facts.map((f) => ({ label: sv(f.label), value: valueOf(f) })),
						fields: maskedFields(r, passages, code).map((f) => ({
							label: fieldLabel(f.name, f.caption),
							segments: f.segments
						}))
					}))
	};
}
