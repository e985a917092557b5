/**
 * @module Shared steps for turning validated input into a process description.
 */
import type { ZodError } from 'zod';
import { PHASES } from '../../../domain/process/phases';
import type { ProcessDescription } from '../../../domain/process/process';
import { checkSchedule } from '../../../domain/process/rules';
import type { ProcessInput } from '../../../schemas/process-input';
import { fieldId } from '../../../schemas/process-input';
import type { FieldError } from '../context';

export function toDescription(input: ProcessInput): ProcessDescription {
	return {
		title: input.title,
		question: input.question,
		purpose: input.purpose,
		context: input.context,
		influence: input.influence,
		participation: input.participation,
		schedule: PHASES.map((phase) => ({ phase, ...input.schedule[phase] }))
	};
}

export function zodFieldErrors(error: ZodError): FieldError[] {
	const seen = new Set<string>();
	const fields: FieldError[] = [];
	for (const issue of error.issues) {
		const field = fieldId(issue.path);
		if (seen.has(field)) continue;
		seen.add(field);
		fields.push({ field, message: issue.message.startsWith('error.') ? issue.message : 'error.generic' });
	}
	return fields;
}

export function scheduleFieldErrors(description: ProcessDescription): FieldError[] {
	return checkSchedule(description.schedule).map((i) => ({
		field: fieldId(['schedule', i.phase, i.field]),
		message: i.code === 'ends_before_start' ? 'error.schedule.endsBeforeStart' : 'error.schedule.startsBeforePrevious'
	}));
}
