import { describe, expect, it } from 'vitest';
import { brandStyleSheet, checkBrandColour, contrastRatio, darken, logoTypeOf, normaliseColour } from './look';

describe('the organisation colour', () => {
	it('reads hex colours in the usual spellings', () => {
		expect(normaliseColour('#1F5C99')).toBe('#1f5c99');
		expect(normaliseColour(' 1f5c99 ')).toBe('#1f5c99');
		expect(normaliseColour('#15c')).toBe('#1155cc');
		expect(normaliseColour('blå')).toBeNull();
		expect(normaliseColour('#12345g')).toBeNull();
	});

	it('computes WCAG contrast: black on white is 21:1, white on white 1:1', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		// The default brand blue has 6.9:1 against white.
		expect(contrastRatio('#1f5c99', '#ffffff')).toBeCloseTo(6.9, 1);
	});

	it('accepts a colour with enough contrast against white and refuses one without, saying the ratio', () => {
		expect(checkBrandColour('#1f5f3a')).toEqual({ ok: true, colour: '#1f5f3a' });
		// Sunny yellow behind white text: 1.3:1.
		expect(checkBrandColour('#ffd700')).toEqual({ ok: false, message: 'error.colour.contrast', ratio: 1.4 });
		// #777777 is just under 4.5:1 (4.48).
		expect(checkBrandColour('#777777')).toMatchObject({ ok: false, message: 'error.colour.contrast' });
		expect(checkBrandColour('#767676')).toEqual({ ok: true, colour: '#767676' });
		expect(checkBrandColour('red-ish')).toEqual({ ok: false, message: 'error.colour.format' });
	});

	it('makes a darker shade for hover and a style sheet with both', () => {
		expect(darken('#ffffff', 0.5)).toBe('#808080');
		expect(brandStyleSheet('#1f5f3a')).toBe('html:root { --brand: #1f5f3a; --brand-dark: #164329; }\n');
	});
});

describe('the logo', () => {
	it('is a PNG or JPEG by its bytes, never an SVG or anything else', () => {
		expect(logoTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
		expect(logoTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(logoTypeOf(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBeNull();
		expect(logoTypeOf(new Uint8Array([]))).toBeNull();
	});
});
