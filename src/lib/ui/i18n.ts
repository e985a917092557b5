/**
 * @module Components get the translator from context, set once by the root layout with the messages the
 * root `+layout.ts` loaded for the page (its language and surface only). The getters keep it reactive when
 * the page data's locale or messages change.
 */
import { getContext, setContext } from 'svelte';
import { translate, type Locale, type MessageKey, type MessageTable, type Translate } from '../i18n/locale';

const KEY = Symbol('i18n');
type I18nContext = {
	readonly locale: Locale;
	readonly messages: MessageTable;
	readonly organisationName?: string | null;
};

export function provideI18n(ctx: I18nContext): void {
	setContext(KEY, ctx);
}

export function useI18n(): {
	t: Translate;
	has: (key: string) => key is MessageKey;
	locale: () => Locale;
	/** The name a page's title ends with: the organisation's, else the product's. */
	site: () => string;
} {
	const ctx = getContext<I18nContext>(KEY);
	return {
		t: (key, params) => translate(ctx.messages, key, params),
		has: (key): key is MessageKey => key in ctx.messages,
		locale: () => ctx.locale,
		site: () => ctx.organisationName || translate(ctx.messages, 'app.name')
	};
}
