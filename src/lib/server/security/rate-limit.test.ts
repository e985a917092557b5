import { describe, expect, it } from 'vitest';
import { createRateLimiter, minutesToWait } from './rate-limit';

describe('rate limits', () => {
	it('allows up to the limit in the window, then says how long to wait', () => {
		const limiter = createRateLimiter(3, 60_000);
		expect([0, 1000, 2000].map((t) => limiter.hit('a', t).allowed)).toEqual([true, true, true]);
		expect(limiter.hit('a', 3000)).toEqual({ allowed: false, retryAfterSeconds: 57 });
		// Another key is not affected, and refused attempts are not counted.
		expect(limiter.hit('b', 3000).allowed).toBe(true);
		expect(limiter.hit('a', 60_001)).toEqual({ allowed: true });
	});

	it('checks without counting, resets a key, and is off at limit 0', () => {
		const limiter = createRateLimiter(1, 10_000);
		expect(limiter.check('x', 0).allowed).toBe(true);
		limiter.hit('x', 0);
		expect(limiter.check('x', 1).allowed).toBe(false);
		limiter.reset('x');
		expect(limiter.check('x', 2).allowed).toBe(true);
		const off = createRateLimiter(0, 10_000);
		expect(Array.from({ length: 100 }, () => off.hit('k', 5).allowed).every(Boolean)).toBe(true);
	});

	it('forgets the oldest key when too many keys are kept', () => {
		const limiter = createRateLimiter(1, 60_000, 2);
		limiter.hit('one', 0);
		limiter.hit('two', 0);
		limiter.hit('three', 0);
		expect(limiter.check('one', 1).allowed).toBe(true);
		expect(limiter.check('three', 1).allowed).toBe(false);
	});

	it('tells whole minutes', () => {
		expect([1, 59, 60, 61, 900].map(minutesToWait)).toEqual([1, 1, 1, 2, 15]);
	});
});
