/** Small formatting helpers for the plan pages. */
import type { Locale } from '../i18n';

export const formatKronor = (locale: Locale, amount: number) =>
	new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 }).format(amount);
