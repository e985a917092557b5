/**
 * @module The receiver's input on the answer page (public, no account): the answer, or passing it further.
 * Messages are i18n keys (participant messages: the page is public).
 */
import { z } from 'zod';
import { text, optionalText, email } from './fields';
import { RECEIVER_NAME_MAX, ROUTING_ANSWER_MAX, ROUTING_NOTE_MAX } from '../domain/routing/routing';

export const answerInputSchema = z.object({
	answer: text('error.routing.answer', ROUTING_ANSWER_MAX, 'error.routing.answerLong'),
	answeredBy: text('error.routing.answeredBy', RECEIVER_NAME_MAX, 'error.routing.answeredByLong')
});

export const forwardInputSchema = z.object({
	name: text('error.routing.forwardName', RECEIVER_NAME_MAX, 'error.routing.forwardNameLong'),
	email: email('error.routing.forwardEmail'),
	note: optionalText(ROUTING_NOTE_MAX, 'error.routing.noteLong')
});
