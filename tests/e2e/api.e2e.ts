import { describe, expect, inject, it } from 'vitest';
import { EVALUATION_DEMO_SLUG } from '../../src/lib/server/seed/demo-evaluation';

const baseURL = inject('baseURL');

describe('public API', () => {
	it('lists the published processes', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/json');
		const body = await res.json();
		const lillby = body.processes.find((p: { slug: string }) => p.slug === 'leva-tillsammans-i-lillby');
		expect(lillby).toEqual({
			slug: 'leva-tillsammans-i-lillby',
			title: 'Leva tillsammans i Lillby',
			question: 'Hur vill vi leva tillsammans i byn?',
			currentPhase: 'compilation',
			url: '/processer/leva-tillsammans-i-lillby'
		});
		expect(body.processes.map((p: { slug: string }) => p.slug)).not.toContain('framtidens-fritid');
	});

	it('returns one process with influence declaration, phases and participation levels', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes/trygg-storgatan`);
		expect(res.status).toBe(200);
		const p = await res.json();
		expect(p.question).toBe('Hur gör vi Storgatan i Solbacka tryggare, dag som kväll?');
		expect(p.influenceDeclaration.whoDecides).toBe('Samhällsbyggnadsnämnden');
		expect(p.phases).toHaveLength(8);
		expect(p.phases.filter((x: { isCurrent: boolean }) => x.isCurrent)).toEqual([
			{ phase: 'collection', startsOn: '2026-11-02', endsOn: '2027-01-31', isCurrent: true }
		]);
		expect(p.participationLevels).toEqual({
			agenda: 'consultation',
			drafting: 'dialogue',
			decision: 'information',
			implementation: 'consultation',
			monitoring: 'consultation',
			reformulation: 'none'
		});
	});

	it('answers 404 with a machine-readable code for unknown and unpublished processes and unknown paths', async () => {
		for (const path of [
			'/api/v1/processes/finns-inte',
			'/api/v1/processes/framtidens-fritid',
			'/api/v1/nothing-here'
		]) {
			const res = await fetch(baseURL + path);
			expect(res.status, path).toBe(404);
			const body = await res.json();
			expect(body.error.code).toBe('not_found');
			expect(body.error.message.length).toBeGreaterThan(10);
		}
		const en = await fetch(`${baseURL}/api/v1/processes/finns-inte`, { headers: { 'accept-language': 'en' } });
		expect((await en.json()).error.message).toBe('There is no published dialogue at that address.');
	});

	it('describes itself with an OpenAPI document generated from the zod schemas', async () => {
		const doc = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining([
				'/api/v1/processes',
				'/api/v1/processes/{slug}',
				'/api/v1/methods',
				'/api/v1/openapi.json'
			])
		);
		const resolve = (node: { $ref: string }) => doc.components.schemas[node.$ref.replace('#/components/schemas/', '')];
		const schema = resolve(
			doc.paths['/api/v1/processes/{slug}'].get.responses['200'].content['application/json'].schema
		);
		expect(Object.keys(schema.properties)).toEqual(
			expect.arrayContaining(['question', 'influenceDeclaration', 'phases', 'participationLevels', 'currentPhase'])
		);
		expect(resolve(schema.properties.currentPhase).enum).toEqual([
			'preparation',
			'collection',
			'compilation',
			'cocreation',
			'proposals',
			'decision',
			'implementation',
			'learning'
		]);
		expect(
			resolve(doc.paths['/api/v1/processes/{slug}'].get.responses['404'].content['application/json'].schema).properties
				.error.required
		).toEqual(['code', 'message']);
	});

	it('gives the evaluation results per audience, without comments, and the public lessons, cached like the other endpoints', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes/${EVALUATION_DEMO_SLUG}/evaluation`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=30');
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		const evaluation = await res.json();
		expect(evaluation.state).toBe('closed');
		expect(evaluation.minimumAnswers).toBe(5);
		expect(evaluation.audiences.map((a: { audience: string; answers: number }) => [a.audience, a.answers])).toEqual([
			['participant', 40],
			['staff', 8]
		]);
		expect(evaluation.audiences[0].again.shares.yes).toBe(65);
		expect(JSON.stringify(evaluation)).not.toMatch(/comment|Första gången/);

		const lessons = await (await fetch(`${baseURL}/api/v1/processes/${EVALUATION_DEMO_SLUG}/lessons`)).json();
		expect(lessons.lessons.length).toBeGreaterThan(0);
		expect(lessons.lessons[0]).toEqual({
			id: expect.any(String),
			kind: 'worked',
			text: expect.stringContaining('perspektivrapport')
		});
		expect(JSON.stringify(lessons)).not.toContain('Förankringen inom kommunen kom för sent');

		for (const path of ['evaluation', 'lessons']) {
			const unpublished = await fetch(`${baseURL}/api/v1/processes/framtidens-fritid/${path}`);
			expect(unpublished.status, path).toBe(404);
			expect((await unpublished.json()).error.code).toBe('not_found');
		}
		const doc = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining(['/api/v1/processes/{slug}/evaluation', '/api/v1/processes/{slug}/lessons'])
		);
		expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Evaluation', 'LessonList']));
	});
});
