import { describe, expect, it } from 'vitest';
import { gluedWords, renderedText } from './rendered-text';

describe('words that run together in a rendered page', () => {
	it('finds a name glued to a role by a comma, and a date glued to a middle dot', () => {
		const html =
			'<li><strong>Karin Sjöberg</strong>,Förtroendevald: Ordförande</li><p>Beslutat 19 maj 2026· publicerat</p>';
		const found = gluedWords(renderedText(html));
		expect(found).toHaveLength(2);
		expect(found[0]).toContain('Sjöberg,Förtroendevald');
		expect(found[1]).toContain('2026· publicerat');
	});

	it('finds words of two inline elements that touch, but not of two boxes', () => {
		expect(gluedWords(renderedText('<span>mötesplatser</span><a href="/">Karin</a>'))).toHaveLength(1);
		expect(gluedWords(renderedText('<li>mötesplatser</li><li>Karin</li>'))).toEqual([]);
		expect(gluedWords(renderedText('<td>a</td><td>B</td><h2>x</h2>Y'))).toEqual([]);
	});

	it('reads entities and skips scripts, styles and names with capitals inside', () => {
		expect(renderedText('a&nbsp;&amp;&#x41;&#66;')).toBe('a &AB');
		expect(gluedWords(renderedText('<script>aB</script><style>x{}</style>Läs mer utan JavaScript, PxWeb-fil'))).toEqual(
			[]
		);
		const found = gluedWords('Högst 448 kB. Sverige,Norge');
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('Sverige,Norge');
	});
});
