/** Adjusted Rand index between two labelings of the same items (Hubert & Arabie), for comparing clusterings. */
export function adjustedRandIndex(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
	if (a.length !== b.length) throw new RangeError('labelings differ in length');
	const n = a.length;
	const pairs = (x: number) => (x * (x - 1)) / 2;
	const table = new Map<string, number>();
	const rowsA = new Map<string | number, number>();
	const colsB = new Map<string | number, number>();
	for (let i = 0; i < n; i++) {
		const key = `${a[i]}\u0000${b[i]}`;
		table.set(key, (table.get(key) ?? 0) + 1);
		rowsA.set(a[i], (rowsA.get(a[i]) ?? 0) + 1);
		colsB.set(b[i], (colsB.get(b[i]) ?? 0) + 1);
	}
	let index = 0;
	for (const v of table.values()) index += pairs(v);
	let sa = 0;
	for (const v of rowsA.values()) sa += pairs(v);
	let sb = 0;
	for (const v of colsB.values()) sb += pairs(v);
	const expected = (sa * sb) / pairs(n);
	const max = (sa + sb) / 2;
	if (max === expected) return 1;
	return (index - expected) / (max - expected);
}
