/**
 * @module Field builders shared by the input schemas: text trimmed before it is checked, optional text that
 * becomes '' when left out, an ISO date, an email address. Messages are i18n keys.
 */
import { z } from 'zod';

export const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export const text = (required: string, max: number, tooLong: string) =>
	z.preprocess(trimmed, z.string(required).min(1, required).max(max, tooLong));

export const optionalText = (max: number, tooLong: string) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().max(max, tooLong));

export const isoDate = (message: string) => z.preprocess(trimmed, z.iso.date(message));

export const email = (message: string) =>
	z.preprocess(
		trimmed,
		z
			.string(message)
			.max(320, message)
			.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, message)
	);
