import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findGroupSession, listNotes } from '$lib/server/modules/cocreation/queries/cocreation';
import { listThemes } from '$lib/server/modules/perspectives/queries/perspectives';
import { onShutdown, subscribe, type LiveNote } from '$lib/server/live/harvest-broadcaster';
import { publicProcess } from '../../../load';
import type { RequestHandler } from './$types';
import { deny } from '$lib/server/forms';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: every new harvest note of the session as `event: note` with `id: <seq>`. A reconnecting
 * browser sends `Last-Event-ID` and first gets what it missed from the database (so a restart loses nothing).
 */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	const { process, isMember } = await publicProcess(locals, params.slug);
	if (!isMember && !(locals.actor.kind === 'staff' && can(locals.actor, 'session.follow'))) deny('session.follow');
	const db = app().database.db;
	const session = /^[0-9a-f-]{36}$/i.test(params.id) ? await findGroupSession(db, process.id, params.id) : null;
	if (!session) error(404, { message: 'Not found', code: 'not_found' });
	const resumeFrom = request.headers.get('last-event-id') ?? url.searchParams.get('after');
	const lastId = resumeFrom === null || resumeFrom.trim() === '' ? NaN : Number(resumeFrom);
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true;
			const send = (chunk: string) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(chunk));
				} catch {
					cleanup();
				}
			};
			const sendNote = (n: LiveNote) => send(`id: ${n.seq}\nevent: note\ndata: ${JSON.stringify(n)}\n\n`);
			// Listen first, then catch up from the database, so nothing stored in between is missed.
			const pending: LiveNote[] = [];
			let caughtUp = false;
			const unsubscribe = subscribe(session.id, (n) => (caughtUp ? sendNote(n) : pending.push(n)));
			const heartbeat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
			const unregister = onShutdown(() => cleanup());
			cleanup = () => {
				if (!open) return;
				open = false;
				unsubscribe();
				clearInterval(heartbeat);
				unregister();
				try {
					controller.close();
				} catch {
					// already closed by the client
				}
			};
			send('retry: 2000\n\n');
			let sentUpTo = Number.isInteger(lastId) && lastId >= 0 ? lastId : Infinity;
			if (sentUpTo !== Infinity) {
				const themes = new Map((await listThemes(db, process.id)).map((t) => [t.id, t.name]));
				for (const n of await listNotes(db, [session.id], { afterSeq: sentUpTo })) {
					if (n.hiddenAt) continue;
					sendNote({
						id: n.id,
						seq: n.seq,
						kind: n.kind,
						text: n.text,
						createdAt: n.createdAt.toISOString(),
						themes: n.themeIds.map((id) => themes.get(id) ?? '').filter(Boolean)
					});
					sentUpTo = n.seq;
				}
			}
			caughtUp = true;
			for (const n of pending) if (sentUpTo === Infinity || n.seq > sentUpTo) sendNote(n);
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
};
