declare module 'fontkit' {
	/** The part of a fontkit font that pdf-fonts.ts uses; pdfkit takes the object as a font source. */
	export type Font = {
		ascent: number;
		unitsPerEm: number;
		hasGlyphForCodePoint(code: number): boolean;
		layout(text: string): unknown;
	};
	export function create(buffer: Uint8Array): Font;
}
