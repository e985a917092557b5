/**
 * @module Languages, message keys and formatting, without any messages: safe to import from components
 * (the browser then loads only its own language's messages, see `load.ts`). Server code that needs every
 * message at hand uses `translator()` from `./index`.
 */
import type participant from './sv/participant';
import type staff from './sv/staff';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';
export const LOCALE_COOKIE = 'medskapa_lang';

/** Every message key: Swedish is the source of truth. */
export type MessageKey = keyof typeof participant | keyof typeof staff;
/** Messages of one language, all of them or those of one surface. */
export type MessageTable = Partial<Record<MessageKey, string>>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

/** `{name}` in a message is replaced by `params.name`; a missing message shows its key. */
export function translate(messages: MessageTable, key: MessageKey, params?: Record<string, string | number>): string {
	const template = messages[key] ?? key;
	return params
		? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
		: template;
}

/** Dates shown to people: "15 mars 2027" in Swedish, "15 March 2027" in English. */
export function formatDate(locale: Locale, value: string | Date): string {
	const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
	return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Stockholm'
	}).format(date);
}

export function formatDateTime(locale: Locale, value: Date): string {
	return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Stockholm'
	}).format(value);
}
