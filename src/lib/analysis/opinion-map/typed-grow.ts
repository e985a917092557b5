/** Capacity doubling for typed arrays, so appending votes stays amortised O(1). */
type Typed = Int32Array | Int8Array | Float64Array | Uint8Array;

export function ensureCapacity<T extends Typed>(arr: T, needed: number): T {
	if (needed <= arr.length) return arr;
	let cap = Math.max(16, arr.length);
	while (cap < needed) cap *= 2;
	const Ctor = arr.constructor as new (n: number) => T;
	const next = new Ctor(cap);
	next.set(arr);
	return next;
}
