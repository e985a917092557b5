import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { onShutdown, subscribe, type LiveNote } from '$lib/server/live/harvest-broadcaster';
import { followSessionLive } from '$lib/server/modules/cocreation';
import type { RequestHandler } from './$types';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: every new harvest note of the session as `event: note` with `id: <seq>`. A reconnecting
 * browser sends `Last-Event-ID` and first gets what it missed from the database (so a restart loses nothing).
 */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	const session = loaded(
		await followSessionLive(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug,
			params.id
		)
	);
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
			const unsubscribe = subscribe(session.sessionId, (n) => (caughtUp ? sendNote(n) : pending.push(n)));
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
				for (const n of await session.notesAfter(sentUpTo)) {
					sendNote(n);
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
