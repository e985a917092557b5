import { describe, expect, it } from 'vitest';
import type { DpiaDocument } from '../../domain/privacy/dpia';
import { dpiaHtml, dpiaMarkdown } from './dpia-document';

const doc: DpiaDocument = {
	title: 'Konsekvensbedömning för dataskydd',
	organisation: 'Kommun <script>alert(1)</script>',
	generated: 'Ifylld 1 juni 2027 av Medskapa.',
	sections: [
		{
			heading: 'Ändamål',
			blocks: [
				{ kind: 'list', items: ['Höra invånare.'] },
				{ kind: 'paragraph', text: 'A & B' }
			]
		},
		{
			heading: 'Risker',
			blocks: [{ kind: 'table', caption: 'Risker', columns: ['Risk', 'Åtgärd'], rows: [['a | b', 'rad 1\nrad 2']] }]
		}
	]
};

describe('the impact assessment as files', () => {
	it('is a standalone, escaped HTML page with the language, headings and tables with header cells', () => {
		const page = dpiaHtml(doc, 'sv');
		expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
		expect(page).not.toContain('<script>');
		expect(page).toContain('Kommun &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(page).toContain('<caption>Risker</caption>');
		expect(page).toContain('<th scope="row">a | b</th>');
		expect(page).toContain('<p>A &amp; B</p>');
	});

	it('is Markdown with headings, lists and tables whose cells keep their pipes and line breaks apart', () => {
		const md = dpiaMarkdown(doc);
		expect(md.split('\n').slice(0, 3)).toEqual([
			'# Konsekvensbedömning för dataskydd: Kommun <script>alert(1)</script>',
			'',
			'Ifylld 1 juni 2027 av Medskapa.'
		]);
		expect(md).toContain('## Ändamål\n\n- Höra invånare.\n\nA & B\n');
		expect(md).toContain('| Risk | Åtgärd |\n| --- | --- |\n| a \\| b | rad 1 rad 2 |');
	});
});
