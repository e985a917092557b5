/**
 * @module Form plumbing shared by the routes: FormData → nested object (field names are dotted paths),
 * and use-case errors → HTTP answers.
 */
import { error, fail } from '@sveltejs/kit';
import type { FieldError, UseCaseError } from './modules/context';
import { noteDenied } from './security/access-denied';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `influence.whoDecides=x` becomes `{ influence: { whoDecides: 'x' } }`. Files and unsafe keys are ignored. */
export function formToObject(form: FormData): Record<string, unknown> {
	const root: Record<string, unknown> = {};
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const parts = name.split('.');
		if (parts.some((p) => p === '' || FORBIDDEN_KEYS.has(p))) continue;
		let node = root;
		for (const part of parts.slice(0, -1)) {
			if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
			node = node[part] as Record<string, unknown>;
		}
		node[parts[parts.length - 1]] = value;
	}
	return root;
}

/** Turn an error a route did not handle itself into the right page. */
export function failFromUseCase(e: UseCaseError | { code: string }, values: unknown) {
	switch (e.code) {
		case 'invalid':
			return fail(400, { values, errors: (e as { fields: FieldError[] }).fields });
		case 'forbidden':
			error(403, { message: 'Forbidden', code: 'forbidden' });
			break;
		case 'not_found':
			error(404, { message: 'Not found', code: 'not_found' });
			break;
	}
	return fail(409, { values, errors: [] as FieldError[], code: e.code });
}

/**
 * A route's refusal: notes the permission and answers 403. Kept only for routes not yet moved behind a use
 * case; new code asks the gate inside a use case and maps its `forbidden` with `failFromUseCase`.
 */
export function deny(action: string): never {
	noteDenied(action);
	error(403, { message: 'Forbidden', code: 'forbidden' });
}

/**
 * A page's data from a read use case: the value, or the error page — 403 when the gate refused, 404 when the
 * thing is not there (or not in this organisation). Other errors the route handles itself before calling this.
 */
export function loaded<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
	if (result.ok) return result.value;
	if (result.error.code === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
	error(404, { message: 'Not found', code: 'not_found' });
}
