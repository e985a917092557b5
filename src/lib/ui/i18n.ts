/**
 * @module Components get the translator from context, set once by the root layout.
 * The getter keeps it reactive when the page data's locale changes.
 */
import { getContext, setContext } from 'svelte';
import { translator, type Locale, type Translate } from '../i18n';

const KEY = Symbol('i18n');
type I18nContext = { readonly locale: Locale };

export function provideI18n(ctx: I18nContext): void {
	setContext(KEY, ctx);
}

export function useI18n(): { t: Translate; locale: () => Locale } {
	const ctx = getContext<I18nContext>(KEY);
	return { t: (key, params) => translator(ctx.locale)(key, params), locale: () => ctx.locale };
}
