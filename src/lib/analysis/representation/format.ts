/**
 * @module Numbers for sentences. Rounding rules:
 * - Shares are whole percentages, rounded half up (14,5 → 15). A tiny epsilon absorbs floating-point
 *   error, so 0.145 × 100 = 14.499999… still rounds to 15.
 * - A share above 0 that would round to 0 is written "under 1 %"; one below 100 % that would round to
 *   100 is written "över 99 %": rounding must never turn "a few" into "none" or "some" into "all".
 * - When the two shares in one sentence round to the same whole number, both get one decimal, so a
 *   sentence never says "1 % … men 1 %" about a real gap.
 * - Swedish: space before %, decimal comma, space as thousands separator from 10 000 (Språkrådet).
 *   English: no space before %, decimal point, comma as thousands separator from 1,000.
 */
export type Locale = 'sv' | 'en';

const EPS = 1e-9;
const roundTo = (x: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.floor(x * f + 0.5 + EPS) / f;
};

export function formatInteger(n: number, locale: Locale): string {
	const s = String(Math.round(n));
	if (locale === 'sv' ? s.length < 5 : s.length < 4) return s;
	return s.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'sv' ? ' ' : ',');
}

function formatNumber(x: number, decimals: number, locale: Locale): string {
	const [int, frac] = x.toFixed(decimals).split('.');
	const whole = formatInteger(Number(int), locale);
	return frac === undefined ? whole : `${whole}${locale === 'sv' ? ',' : '.'}${frac}`;
}

const pct = (text: string, locale: Locale) => (locale === 'sv' ? `${text} %` : `${text}%`);

export function formatShare(share: number, locale: Locale, decimals = 0): string {
	const p = share * 100;
	const r = roundTo(p, decimals);
	const step = 10 ** -decimals;
	if (p > 0 && r === 0)
		return `${locale === 'sv' ? 'under' : 'less than'} ${pct(formatNumber(step, decimals, locale), locale)}`;
	if (p < 100 && r >= 100)
		return `${locale === 'sv' ? 'över' : 'more than'} ${pct(formatNumber(100 - step, decimals, locale), locale)}`;
	return pct(formatNumber(r, decimals, locale), locale);
}

/** Both shares of one sentence, with one decimal when whole percentages would look equal. */
export function formatSharePair(a: number, b: number, locale: Locale): [string, string] {
	const same = a !== b && roundTo(a * 100, 0) === roundTo(b * 100, 0);
	const d = same ? 1 : 0;
	return [formatShare(a, locale, d), formatShare(b, locale, d)];
}
