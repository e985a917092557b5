/**
 * @module The organisation's look: one colour and a logo. The colour is the header's background behind
 * white text and the colour of links on white, so it must reach WCAG's 4.5:1 contrast against white;
 * a darker shade of it is used on hover. The logo must be a PNG or JPEG (an SVG can carry script).
 */

export const MIN_CONTRAST = 4.5;
export const MAX_LOGO_BYTES = 200 * 1024;

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#1F5C99`, `1f5c99` or `#15c` → `#1f5c99`; null when it is not a colour in hex. */
export function normaliseColour(input: string): string | null {
	const m = HEX.exec(input.trim());
	if (!m) return null;
	const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
	return `#${hex.toLowerCase()}`;
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Relative luminance as WCAG 2 defines it. */
function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The same hue, `amount` (0–1) closer to black. */
export function darken(hex: string, amount: number): string {
	return `#${channels(hex)
		.map((c) =>
			Math.round(c * (1 - amount))
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

export type ColourCheck =
	| { ok: true; colour: string }
	| { ok: false; message: 'error.colour.format' | 'error.colour.contrast'; ratio?: number };

export function checkBrandColour(input: string): ColourCheck {
	const colour = normaliseColour(input);
	if (!colour) return { ok: false, message: 'error.colour.format' };
	const ratio = contrastRatio(colour, '#ffffff');
	if (ratio < MIN_CONTRAST) return { ok: false, message: 'error.colour.contrast', ratio: Math.floor(ratio * 10) / 10 };
	return { ok: true, colour };
}

/** The style sheet that gives pages the organisation's colour. */
export function brandStyleSheet(colour: string): string {
	// `html:root` outranks the base style sheet's `:root`, whichever order the two are loaded in.
	return `html:root { --brand: ${colour}; --brand-dark: ${darken(colour, 0.3)}; }\n`;
}

export type LogoType = 'image/png' | 'image/jpeg';

/** What the bytes are, by their first bytes (never by the file name). */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
	if (bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b))
		return 'image/png';
	if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	return null;
}
