import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, formatDate, LOCALES, sv, translator } from './index';
import { loadMessages, surfaceOf } from './load';
import svParticipant from './sv/participant';

type Table = Record<string, string>;
const files = import.meta.glob<Table>('./*/{participant,staff}/*.ts', { eager: true, import: 'default' });
const byLanguage = (locale: string) =>
	Object.fromEntries(
		Object.entries(files)
			.filter(([path]) => path.startsWith(`./${locale}/`))
			.map(([path, table]) => [path.slice(locale.length + 3), table])
	);

describe('messages', () => {
	it('every language has the Swedish files, each with exactly its keys, none empty', () => {
		const swedish = byLanguage('sv');
		expect(Object.keys(swedish).length).toBeGreaterThan(10);
		for (const locale of LOCALES) {
			const other = byLanguage(locale);
			expect(Object.keys(other).sort(), locale).toEqual(Object.keys(swedish).sort());
			for (const [file, table] of Object.entries(swedish)) {
				expect(Object.keys(other[file]).sort(), `${locale}/${file}`).toEqual(Object.keys(table).sort());
				for (const [key, value] of Object.entries(other[file])) expect(value.trim(), key).not.toBe('');
			}
		}
	});

	it('has each key in one file only', () => {
		const seen = new Map<string, string>();
		for (const [file, table] of Object.entries(byLanguage('sv')))
			for (const key of Object.keys(table)) {
				expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
				seen.set(key, file);
			}
		expect(seen.size).toBe(Object.keys(sv).length);
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const key of Object.keys(sv) as (keyof typeof sv)[])
			expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
	});

	it('error messages say what to do and end with a full stop (UX rule)', () => {
		for (const [key, value] of Object.entries(sv as Table)) {
			if (key.startsWith('error.') && key !== 'error.prefix') expect(value, key).toMatch(/\.$/);
			expect(value.toLowerCase(), key).not.toMatch(/vänligen|tyvärr|ogiltig/);
		}
	});

	it('interpolates parameters', () => {
		expect(translator('sv')('home.title', { organisation: 'Solbacka kommun' })).toBe('Dialoger i Solbacka kommun');
		expect(translator('en')('manageProcess.advance', { phase: 'Decision' })).toBe('Move on to Decision');
	});

	it('formats dates in Swedish and English', () => {
		expect(formatDate('sv', '2027-03-15')).toBe('15 mars 2027');
		expect(formatDate('en', '2027-03-15')).toBe('15 March 2027');
	});
});

describe('the messages a page loads', () => {
	it('are its own language only, and staff messages only on staff pages', async () => {
		const participant = await loadMessages('en', surfaceOf('/(public)/processer/[slug]/pastaenden'));
		expect(participant['statements.title']).toBe(en['statements.title']);
		expect(Object.keys(participant).sort()).toEqual(Object.keys(svParticipant).sort());
		expect(Object.values(participant)).not.toContain(sv['statements.title']);
		expect(participant['audit.action.staff.passkeyAdded']).toBeUndefined();

		const staff = await loadMessages('sv', surfaceOf('/(staff)/hantera/processer/[slug]'));
		expect(staff).toEqual(sv);
		expect(surfaceOf(null)).toBe('participant');
	});

	it('cover every key that code reachable from a participant page names', () => {
		// Participant pages get the participant messages only (see load.ts). Every key a file reachable from
		// them names — as a string, or as the start of a template such as `phase.${p}` — must be among them.
		const root = resolve('src');
		const walk = (dir: string): string[] =>
			readdirSync(dir).flatMap((f) => {
				const p = join(dir, f);
				return statSync(p).isDirectory() ? walk(p) : /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
			});
		const seeds = [
			join(root, 'routes/+layout.svelte'),
			join(root, 'routes/+error.svelte'),
			...walk(join(root, 'routes/(public)'))
		];
		const seen = new Set<string>();
		const resolveImport = (from: string, spec: string) => {
			const base = spec.startsWith('$lib/')
				? join(root, 'lib', spec.slice(5))
				: spec.startsWith('.')
					? resolve(dirname(from), spec)
					: null;
			if (!base) return null;
			return [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')].find(
				(c) => existsSync(c) && statSync(c).isFile()
			);
		};
		for (const queue = [...seeds]; queue.length;) {
			const file = queue.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)([^'"]*?)from\s+['"]([^'"]+)['"]/g)) {
				const target = resolveImport(file, m[2]);
				if (!target || target.includes(`${join(root, 'lib/i18n')}/`)) continue;
				// A module's index re-exports every use case of the module: follow only the files that define what
				// is imported by name, as the bundler does.
				const names = [...(m[1].match(/\{([^}]*)\}/)?.[1] ?? '').matchAll(/(?:type\s+)?(\w+)(?:\s+as\s+\w+)?/g)].map(
					(n) => n[1]
				);
				if (/modules\/\w+\/index\.ts$/.test(target) && names.length) {
					for (const re of readFileSync(target, 'utf8').matchAll(/export \* from ['"]([^'"]+)['"]/g)) {
						const file = resolveImport(target, re[1]);
						const text = file ? readFileSync(file, 'utf8') : '';
						if (
							file &&
							names.some((n) =>
								new RegExp(`export (?:async )?(?:function|const|class|type|interface) ${n}\\b`).test(text)
							)
						)
							queue.push(file);
					}
				} else queue.push(target);
			}
		}
		const allKeys = Object.keys(sv);
		const missing = new Set<string>();
		for (const file of seen) {
			const src = readFileSync(file, 'utf8');
			const named = [
				...[...src.matchAll(/['"`]([a-zA-Z][\w.]*)['"`]/g)].map((m) => m[1]).filter((s) => s in sv),
				...[...src.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].flatMap((m) => allKeys.filter((k) => k.startsWith(m[1])))
			];
			for (const key of named) if (!(key in svParticipant)) missing.add(`${key} (${relative(root, file)})`);
		}
		expect(seen.size).toBeGreaterThan(50);
		expect([...missing]).toEqual([]);
	});
});

describe('the audit log in words', () => {
	/** Every audit action the server code writes, read from its source: `action: 'x.y'` and `auditAs(…)(tx, 'x.y'`. */
	function auditActionsInSource(): Set<string> {
		const actions = new Set<string>();
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
					const source = readFileSync(path, 'utf8');
					if (!/auditAs|appendAudit|audit\w*\(/.test(source)) continue;
					const patterns = [
						/\baction:\s*'([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)'/g,
						/\)\(\s*\w+,\s*'([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)'/g,
						/audit\w*\(\s*[\w.]+,\s*(?:[\w.]+,\s*)?'([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)'/g
					];
					for (const pattern of patterns) for (const m of source.matchAll(pattern)) actions.add(m[1]);
				}
			}
		};
		walk(resolve(dirname(new URL(import.meta.url).pathname), '../server'));
		return actions;
	}

	it('names every action the server writes to the audit log, so staff never read a code', () => {
		const actions = auditActionsInSource();
		expect(actions.size).toBeGreaterThan(80);
		const unnamed = [...actions].filter((a) => !(`audit.action.${a}` in sv)).sort();
		expect(unnamed).toEqual([]);
	});
});
