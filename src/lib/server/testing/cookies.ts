/**
 * @module A cookie jar with SvelteKit's `Cookies` shape, for tests of code that sets and reads cookies.
 */
import type { Cookies } from '@sveltejs/kit';

export function testCookies(): Cookies & { jar: Map<string, string> } {
	const jar = new Map<string, string>();
	return {
		jar,
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => void jar.set(name, value),
		delete: (name) => void jar.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
}
