/**
 * @module Messages for server code (mail, PDFs, exports, the API): every message of every language, at hand.
 * Swedish is the default language and the source of truth, English the second. Same routes for both; the
 * language is chosen by the `?lang=` switch, remembered in a cookie. Messages live in one file per module
 * and surface (`sv/participant/*.ts`, `sv/staff/*.ts`), the same files for each language (`en/…`), each
 * typed to have exactly the Swedish file's keys. Pages load only their language and surface (`load.ts`);
 * components import from `./locale`, never from here.
 */
import enParticipant from './en/participant';
import enStaff from './en/staff';
import { translate, type Locale, type MessageKey, type MessageTable, type Translate } from './locale';
import svParticipant from './sv/participant';
import svStaff from './sv/staff';

export * from './locale';

export const sv = { ...svParticipant, ...svStaff };
export const en: Record<MessageKey, string> = { ...enParticipant, ...enStaff };

const catalogues: Record<Locale, MessageTable> = { sv, en };

export const isMessageKey = (k: string): k is MessageKey => k in sv;

export function translator(locale: Locale): Translate {
	const messages = catalogues[locale];
	return (key, params) => translate(messages[key] === undefined ? sv : messages, key, params);
}
