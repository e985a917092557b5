/**
 * The text a reader sees in a rendered page, from its HTML, and the places where words run together: a lower-case
 * letter directly followed by an upper-case one ("Sjöberg,Förtroendevald", "mötesplatserKarin"), a comma directly
 * followed by a letter, or a middle dot touching a word ("2026· publicerat"). These come from templates where
 * Svelte drops the whitespace at the edge of a block. Pure, so it is tested without a browser.
 */

/** Elements that start on a line of their own (or are separate boxes), so text on either side never touches. */
const BOXES =
	'address|article|aside|blockquote|br|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|input|label|legend|li|main|nav|ol|optgroup|option|p|pre|section|select|summary|table|tbody|td|textarea|tfoot|th|thead|tr|ul';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function renderedText(html: string): string {
	return html
		.replace(/<(script|style|template|textarea|svg)\b[\s\S]*?<\/\1>/gi, '\n')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(new RegExp(`</?(?:${BOXES})\\b[^>]*>`, 'gi'), '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#')
				return String.fromCodePoint(
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
				);
			return ENTITIES[name.toLowerCase()] ?? whole;
		});
}

/**
 * Names written with capitals inside on purpose (products, formats, units); a word of the product's own text
 * that needs one goes here, never content that a person typed.
 */
export const WORDS_WITH_INNER_CAPITALS = [
	'JavaScript',
	'VoiceOver',
	'TalkBack',
	'FreeOTP',
	'PxWeb',
	'OpenID',
	'BankID',
	'JSON-stat',
	'kB',
	'MB',
	'GB',
	'iPhone',
	'iPad',
	'macOS',
	'PostgreSQL',
	'LibreOffice',
	'GitHub',
	'McDonald'
];

const GLUED =
	/[a-zåäöéü][A-ZÅÄÖÉÜ]|[a-zåäöéüA-ZÅÄÖÉÜ)],[a-zåäöéüA-ZÅÄÖÉÜ]|[a-zåäöéüA-ZÅÄÖÉÜ0-9]·|·[a-zåäöéüA-ZÅÄÖÉÜ0-9]/g;

/** Each place where words run together, with a little text around it. */
export function gluedWords(text: string): string[] {
	let checked = text;
	for (const word of WORDS_WITH_INNER_CAPITALS) checked = checked.split(word).join(' '.repeat(word.length));
	return [...checked.matchAll(GLUED)].map((m) =>
		text
			.slice(Math.max(0, m.index - 20), m.index + 22)
			.replace(/\s+/g, ' ')
			.trim()
	);
}
