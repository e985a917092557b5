/**
 * @module Rate limits for anonymous submissions and failed sign-ins: a sliding window per key (for
 * example the client address), kept in memory. A limit of 0 turns the limit off. The answer says how long
 * to wait, so the person can be told plainly.
 */

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
	/** Counts one event for the key and says whether it is within the limit. */
	hit: (key: string, now?: number) => RateLimitDecision;
	/** Says whether the key is over its limit, without counting anything. */
	check: (key: string, now?: number) => RateLimitDecision;
	/** Forgets the key (e.g. after a successful sign-in). */
	reset: (key: string) => void;
};

export function createRateLimiter(limit: number, windowMs: number, maxKeys = 50_000): RateLimiter {
	const events = new Map<string, number[]>();
	const recent = (key: string, now: number) => {
		const kept = (events.get(key) ?? []).filter((t) => t > now - windowMs);
		if (kept.length > 0) events.set(key, kept);
		else events.delete(key);
		return kept;
	};
	const decide = (times: number[], now: number): RateLimitDecision =>
		limit > 0 && times.length >= limit
			? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000)) }
			: { allowed: true };
	return {
		hit(key, now = Date.now()) {
			const times = recent(key, now);
			const decision = decide(times, now);
			if (decision.allowed && limit > 0) {
				// A flood of distinct keys must not grow memory without bound: forget the oldest key.
				if (!events.has(key) && events.size >= maxKeys) events.delete(events.keys().next().value!);
				events.set(key, [...times, now]);
			}
			return decision;
		},
		check(key, now = Date.now()) {
			return decide(recent(key, now), now);
		},
		reset(key) {
			events.delete(key);
		}
	};
}

/** Whole minutes to tell a person, at least 1. */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
