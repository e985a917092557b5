/**
 * @module Tiny message lookup: Swedish is the default language, English the second. Same routes for both;
 * the language is chosen by the `?lang=` switch, remembered in a cookie.
 */
import { en } from './en';
import { sv, type MessageKey } from './sv';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';
export const LOCALE_COOKIE = 'medskapa_lang';
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { sv, en };

export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);
export const isMessageKey = (k: string): k is MessageKey => k in sv;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
	const messages = catalogues[locale];
	return (key, params) => {
		const template = messages[key] ?? sv[key] ?? key;
		return params
			? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
			: template;
	};
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
