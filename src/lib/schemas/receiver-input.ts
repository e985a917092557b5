/**
 * @module Staff routing input from the forms and the API: a receiver in the register, passing inputs on,
 * closing with a reason. Messages are i18n keys.
 */
import { z } from 'zod';
import { RECEIVER_KINDS, RECEIVER_NAME_MAX, ROUTING_NOTE_MAX, ROUTING_REASON_MAX } from '../domain/routing/routing';

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
