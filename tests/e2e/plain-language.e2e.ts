import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendForm } from './http';
import { gluedWords, renderedText } from './rendered-text';
import { startServer, stopServer, type RunningServer } from './server';

// A server of its own on the demo as seeded: the shared one holds what other journeys typed (test payloads,
// made-up names), which is not the product's text.
let server: RunningServer;
let port = 0;
let host = '';
beforeAll(async () => {
	server = await startServer();
	const url = new URL(server.url);
	port = Number(url.port);
	host = url.hostname;
});
afterAll(() => stopServer(server));
const get = (path: string, cookie?: string) => sendForm(port, host, 'GET', path, { cookie });

/** Files, streams and the way out are not pages to read. */
const NOT_A_PAGE = /logga-ut|\/live\b|\.(pdf|csv|xlsx|docx|zip|json|png|jpe?g)$|\/export|\/ladda|\/arkiv|\/api\//;

/** Follows the links of the demo from a start page, as a reader would, and reads each page once. */
async function readThrough(start: string, cookie?: string, limit = 400) {
	const seen = new Set([start]);
	const queue = [start];
	const glued = new Map<string, string>();
	let pages = 0;
	while (queue.length && pages < limit) {
		const path = queue.shift()!;
		const reply = await get(path, cookie);
		if (reply.status !== 200 || !reply.body.trimStart().startsWith('<!doctype html')) continue;
		pages++;
		for (const place of gluedWords(renderedText(reply.body))) if (!glued.has(place)) glued.set(place, path);
		for (const [, href] of reply.body.matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)/g)) {
			const target = href.replace(/&amp;/g, '&');
			const key = target.split('?')[0];
			if (target.startsWith('//') || NOT_A_PAGE.test(key) || seen.has(key)) continue;
			seen.add(key);
			queue.push(target);
		}
	}
	return { pages, glued: [...glued].map(([place, path]) => `“${place}” (${path} and maybe more)`) };
}

describe('the product speaks plain, correct Swedish', () => {
	it('no page of the demo runs words together, for the public or for staff', async () => {
		const publicPages = await readThrough('/');
		const signIn = await sendForm(port, host, 'POST', '/logga-in', {
			form: { email: 'processledare@solbacka.example', password: 'medskapa-demo' }
		});
		const cookie = signIn.cookies.join('; ');
		expect(signIn.status, 'the facilitator signs in').toBe(303);
		const staffPages = await readThrough('/hantera', cookie);
		// The walk reached the demo's pages, not just a sign-in page.
		expect(publicPages.pages).toBeGreaterThan(30);
		expect(staffPages.pages).toBeGreaterThan(100);
		expect([...publicPages.glued, ...staffPages.glued]).toEqual([]);
	}, 180_000);
});
