/**
 * @module The data protection impact assessment as a file to keep and edit: a standalone HTML page (semantic
 * headings, tables with captions and header cells, the document's language) or Markdown text.
 */
import type { DpiaDocument } from '../../domain/privacy/dpia';
import type { Locale } from '../../i18n/index';

const html = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function dpiaHtml(doc: DpiaDocument, locale: Locale): string {
	const body = doc.sections
		.map((section) => {
			const blocks = section.blocks.map((b) => {
				if (b.kind === 'paragraph') return `<p>${html(b.text)}</p>`;
				if (b.kind === 'list') return `<ul>\n${b.items.map((i) => `<li>${html(i)}</li>`).join('\n')}\n</ul>`;
				const head = `<tr>${b.columns.map((c) => `<th scope="col">${html(c)}</th>`).join('')}</tr>`;
				const rows = b.rows
					.map(
						(r) =>
							`<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${html(c)}</th>` : `<td>${html(c)}</td>`)).join('')}</tr>`
					)
					.join('\n');
				return `<table>\n<caption>${html(b.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
			});
			return `<h2>${html(section.heading)}</h2>\n${blocks.join('\n')}`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${html(doc.title)} – ${html(doc.organisation)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.4rem;text-align:left;vertical-align:top}caption{font-weight:bold;text-align:left;padding:.4rem 0}</style>
</head>
<body>
<h1>${html(doc.title)}: ${html(doc.organisation)}</h1>
<p>${html(doc.generated)}</p>
${body}
</body>
</html>
`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function dpiaMarkdown(doc: DpiaDocument): string {
	const out = [`# ${doc.title}: ${doc.organisation}`, '', doc.generated, ''];
	for (const section of doc.sections) {
		out.push(`## ${section.heading}`, '');
		for (const b of section.blocks) {
			if (b.kind === 'paragraph') out.push(b.text, '');
			else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${i}`), '');
			else
				out.push(
					`**${b.caption}**`,
					'',
					`| ${b.columns.map(cell).join(' | ')} |`,
					`|${b.columns.map(() => ' --- |').join('')}`,
					...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
					''
				);
		}
	}
	return out.join('\n');
}
