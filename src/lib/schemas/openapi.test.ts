import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from './openapi';

const API_ROOT = join(process.cwd(), 'src', 'routes', 'api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

function serverFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return serverFiles(path);
		return entry.name === '+server.ts' ? [path] : [];
	});
}

/** `src/routes/api/v1/processes/[slug]/report/+server.ts` → `/api/v1/processes/{slug}/report`. */
function openApiPath(file: string): string {
	const segments = relative(join(process.cwd(), 'src', 'routes'), file)
		.split(sep)
		.slice(0, -1);
	return (
		'/' +
		segments
			.filter((s) => !/^\(.*\)$/.test(s))
			.map((s) => s.replace(/^\[(\w+)\]$/, '{$1}'))
			.join('/')
	);
}

function exportedMethods(source: string): string[] {
	const found = new Set<string>();
	for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1]);
	for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
		for (const name of m[1].split(',')) found.add((name.split(/\s+as\s+/).pop() ?? '').trim());
	return [...found].filter((n) => (METHODS as readonly string[]).includes(n));
}

describe('OpenAPI document', () => {
	const doc = buildOpenApi('http://localhost') as { paths: Record<string, Record<string, unknown>> };
	const endpoints = serverFiles(API_ROOT).flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		// The catch-all answers unknown API paths with a JSON 404 (`fallback` only): nothing to describe.
		if (file.includes('[...')) return [];
		return exportedMethods(source).map((method) => ({ path: openApiPath(file), method: method.toLowerCase() }));
	});

	it('finds the API routes it checks', () => {
		expect(endpoints).toContainEqual({ path: '/api/v1/processes/{slug}/perspectives', method: 'post' });
		expect(endpoints).toContainEqual({ path: '/api/v1/processes/{slug}/report', method: 'get' });
		expect(endpoints.length).toBeGreaterThan(15);
	});

	it('describes every endpoint under src/routes/api, each with its method', () => {
		const missing = endpoints
			.filter(({ path, method }) => !doc.paths[path]?.[method])
			.map((e) => `${e.method} ${e.path}`);
		expect(missing).toEqual([]);
	});

	it('describes no endpoint that does not exist', () => {
		const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
		const existing = new Set(endpoints.map((e) => `${e.method} ${e.path}`));
		expect(described.filter((d) => !existing.has(d))).toEqual([]);
	});

	it('marks the staff endpoints with the bearer scheme, and no public one', () => {
		const schemes = (doc as unknown as { components: { securitySchemes: Record<string, { scheme?: string }> } })
			.components.securitySchemes;
		expect(schemes.apiToken.scheme).toBe('bearer');
		for (const [path, method] of [
			['/api/v1/processes/{slug}/perspectives', 'get'],
			['/api/v1/outbox', 'get'],
			['/api/v1/audit', 'get']
		] as const) {
			const op = doc.paths[path][method] as { security?: object[]; responses: Record<string, unknown> };
			expect(op.security, `${method} ${path}`).toContainEqual({ apiToken: [] });
			expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
		}
		expect((doc.paths['/api/v1/processes']?.get as { security?: unknown }).security).toBeUndefined();
	});
});
