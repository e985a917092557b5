/**
 * @module In-process broadcaster for live harvest notes. A note is stored first and only then announced
 * here; listeners (server-sent event streams) send it on. Nothing is kept here: after a restart the
 * streams reconnect with `Last-Event-ID` and read what they missed from the database.
 */
export type LiveNote = {
	id: string;
	seq: number;
	kind: 'insight' | 'tension' | 'idea';
	text: string;
	createdAt: string;
	themes: string[];
};
type Listener = (note: LiveNote) => void;

const listeners = new Map<string, Set<Listener>>();
const closers = new Set<() => void>();

/** Listen to one session's new notes; returns the function that stops listening. */
export function subscribe(sessionId: string, listener: Listener): () => void {
	const set = listeners.get(sessionId) ?? new Set<Listener>();
	set.add(listener);
	listeners.set(sessionId, set);
	return () => {
		set.delete(listener);
		if (set.size === 0) listeners.delete(sessionId);
	};
}

export function broadcast(sessionId: string, note: LiveNote): void {
	for (const listener of listeners.get(sessionId) ?? []) listener(note);
}

export function listenerCount(sessionId: string): number {
	return listeners.get(sessionId)?.size ?? 0;
}

/** Streams register how to end themselves, so shutdown does not wait for open connections. */
export function onShutdown(close: () => void): () => void {
	closers.add(close);
	return () => closers.delete(close);
}

export function closeAllStreams(): void {
	for (const close of [...closers]) close();
	closers.clear();
}
