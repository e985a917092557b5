/**
 * @module The records plan from a form: one rule per record type, validated, with the field each error is
 * about. Apart from the rules themselves so that only the staff pages' code names these messages.
 */
import {
	DISPOSAL_EVENTS,
	MAX_MONTHS,
	RECORD_TYPES,
	RULE_KINDS_FOR,
	type DisposalEvent,
	type RecordsPlan
} from './records-plan';

export type PlanFieldError = { field: string; message: string };

/**
 * The plan from a form: `<type>.kind` (keep/age/event), `<type>.event`, `<type>.months` for every record type.
 * An event rule whose months are left empty means at the event itself. Errors name the field.
 */
export function parsePlanInput(
	raw: unknown,
	current: RecordsPlan
): { ok: true; plan: RecordsPlan } | { ok: false; errors: PlanFieldError[] } {
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const errors: PlanFieldError[] = [];
	const plan = { ...current };
	for (const type of RECORD_TYPES) {
		const row = (input[type] && typeof input[type] === 'object' ? input[type] : {}) as Record<string, unknown>;
		const kind = String(row.kind ?? '');
		if (!(RULE_KINDS_FOR[type] as readonly string[]).includes(kind)) {
			errors.push({ field: `${type}-kind`, message: 'error.retention.kind' });
			continue;
		}
		if (kind === 'keep') {
			plan[type] = { kind: 'keep' };
			continue;
		}
		const text = String(row.months ?? '').trim();
		const months = text === '' && kind === 'event' ? 0 : Number(text);
		if (!Number.isInteger(months) || months < 0 || months > MAX_MONTHS || (kind === 'age' && months < 1)) {
			errors.push({ field: `${type}-months`, message: 'error.retention.months' });
			continue;
		}
		if (kind === 'age') {
			plan[type] = { kind: 'age', months };
			continue;
		}
		const event = String(row.event ?? '');
		if (!(DISPOSAL_EVENTS as readonly string[]).includes(event)) {
			errors.push({ field: `${type}-event`, message: 'error.retention.event' });
			continue;
		}
		// An unchanged default rule keeps its days (the organisation's retention period).
		const before = current[type];
		const days =
			before.kind === 'event' && before.event === event && before.months === months && before.days
				? before.days
				: undefined;
		plan[type] = { kind: 'event', event: event as DisposalEvent, months, ...(days ? { days } : {}) };
	}
	return errors.length ? { ok: false, errors } : { ok: true, plan };
}
