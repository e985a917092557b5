/**
 * @module Staff routing input from the forms and the API: a receiver in the register, passing inputs on,
 * closing with a reason. Messages are i18n keys.
 */
import { z } from 'zod';
import { trimmed, text, optionalText, email } from './fields';
import { RECEIVER_KINDS, RECEIVER_NAME_MAX, ROUTING_NOTE_MAX, ROUTING_REASON_MAX } from '../domain/routing/routing';

export const receiverInputSchema = z.object({
	name: text('error.receiver.name', RECEIVER_NAME_MAX, 'error.receiver.nameLong'),
	kind: z.enum(RECEIVER_KINDS, 'error.receiver.kind'),
	email: email('error.receiver.email'),
	phone: optionalText(40, 'error.receiver.phoneLong').transform((v) => v || null),
	note: optionalText(1000, 'error.receiver.noteLong')
});
export type ReceiverInput = z.infer<typeof receiverInputSchema>;

export const routeInputSchema = z.object({
	receiverId: z.preprocess(trimmed, z.uuid('error.routing.receiver')),
	note: optionalText(ROUTING_NOTE_MAX, 'error.routing.noteLong')
});

export const closeInputSchema = z.object({
	reason: text('error.routing.reason', ROUTING_REASON_MAX, 'error.routing.reasonLong')
});
