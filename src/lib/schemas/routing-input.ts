/**
 * @module The receiver's input on the answer page (public, no account): the answer, or passing it further.
 * Messages are i18n keys (participant messages: the page is public).
 */
import { z } from 'zod';
import { RECEIVER_NAME_MAX, ROUTING_ANSWER_MAX, ROUTING_NOTE_MAX } from '../domain/routing/routing';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const text = (required: string, max: number, tooLong: string) =>
	z.preprocess(trimmed, z.string(required).min(1, required).max(max, tooLong));
const optionalText = (max: number, tooLong: string) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().max(max, tooLong));
const email = (message: string) =>
	z.preprocess(
		trimmed,
		z
			.string(message)
			.max(320, message)
			.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, message)
	);

export const answerInputSchema = z.object({
	answer: text('error.routing.answer', ROUTING_ANSWER_MAX, 'error.routing.answerLong'),
	answeredBy: text('error.routing.answeredBy', RECEIVER_NAME_MAX, 'error.routing.answeredByLong')
});

export const forwardInputSchema = z.object({
	name: text('error.routing.forwardName', RECEIVER_NAME_MAX, 'error.routing.forwardNameLong'),
	email: email('error.routing.forwardEmail'),
	note: optionalText(ROUTING_NOTE_MAX, 'error.routing.noteLong')
});
