/** @module Writing XML by hand, safely: text and attribute values escaped, control characters XML 1.0 forbids dropped. */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function esc(value: string | number | null | undefined): string {
	return String(value ?? '')
		.replace(FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** `<tag>text</tag>`, or nothing for an empty value. */
export const el = (tag: string, value: string | number | null | undefined, indent = ''): string =>
	value === null || value === undefined || value === '' ? '' : `${indent}<${tag}>${esc(value)}</${tag}>\n`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
