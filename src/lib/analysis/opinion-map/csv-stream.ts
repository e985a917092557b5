/**
 * Byte-level CSV reading for files of any size: records are split from chunks of bytes as they arrive (a record
 * may span chunks), fields are handed on as byte ranges, and ids and numbers are read straight from the bytes.
 * No whole-file string and no per-row objects. Same dialect as `parseCsv` (RFC 4180 quoting, CRLF or LF,
 * empty lines skipped).
 */

/** Called once per non-empty record with the field byte ranges [starts[i], ends[i]) in `buf`, i < n. */
export type RecordHandler = (buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number) => void;
/** Optional: receives each record without quotes as the raw byte range [start, end) instead (e.g. very wide rows). */
export type LineHandler = (buf: Uint8Array, start: number, end: number) => void;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const decoder = new TextDecoder();

export class CsvRecordStream {
	/** Bytes of an incomplete record carried over to the next chunk(s), in pieces (joined once complete). */
	private rest: Uint8Array[] = [];
	private starts = new Int32Array(64);
	private ends = new Int32Array(64);
	private scratch = new Uint8Array(256);
	private first = true;
	/** Records seen so far, header included (1-based number of the record being handled). */
	record = 0;

	constructor(
		private readonly onRecord: RecordHandler,
		private readonly onLine?: LineHandler
	) {}

	/** Feeds the next chunk. The chunk may be reused by the caller afterwards (what is kept is copied). */
	push(bytes: Uint8Array): void {
		// a plain Uint8Array view (not a Node Buffer) keeps every byte access below monomorphic
		const chunk =
			bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
		let start = 0;
		if (this.rest.length > 0 || (this.first && chunk.length < 3)) {
			// complete the record that straddles the chunks without copying the whole chunk
			const nl = chunk.indexOf(LF);
			if (nl < 0) {
				this.rest.push(copyOf(chunk, 0));
				return;
			}
			this.rest.push(chunk.subarray(0, nl + 1));
			const head = concat(this.rest);
			this.rest = [];
			const used = this.scan(head, 0, false);
			if (used < head.length) {
				// a quoted field runs on past that newline: join the rest with the whole chunk
				const joined = concat([head.subarray(used), chunk.subarray(nl + 1)]);
				const consumed = this.scan(joined, 0, false);
				if (consumed < joined.length) this.rest.push(copyOf(joined, consumed));
				return;
			}
			start = nl + 1;
		}
		const consumed = this.scan(chunk, start, false);
		if (consumed < chunk.length) this.rest.push(copyOf(chunk, consumed));
	}

	/** Handles whatever is left (a last record without a newline). */
	finish(): void {
		const rest = concat(this.rest);
		this.rest = [];
		if (rest.length > 0 || this.first) this.scan(rest, 0, true);
	}

	private scan(buf: Uint8Array, start: number, final: boolean): number {
		let pos = start;
		if (this.first) {
			this.first = false;
			if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3; // UTF-8 byte order mark
		}
		return this.onLine ? this.scanLines(buf, pos, final) : this.scanFields(buf, pos, final);
	}

	/** One pass over the bytes: commas end fields, newlines end records; a quote switches to `quoted`. */
	private scanFields(buf: Uint8Array, pos: number, final: boolean): number {
		const n = buf.length;
		let nf = 0;
		let fs = pos;
		for (let i = pos; i < n; i++) {
			const b = buf[i];
			if (b > COMMA) continue;
			if (b === COMMA) {
				this.field(nf++, fs, i);
				fs = i + 1;
			} else if (b === LF) {
				this.endPlain(buf, pos, fs, i, nf);
				nf = 0;
				pos = fs = i + 1;
			} else if (b === QUOTE) {
				const end = this.quotedEnd(buf, pos);
				if (end >= n && !final) return pos;
				this.quoted(buf, pos, end);
				nf = 0;
				pos = fs = i = end + 1;
				i--;
			}
		}
		if (!final) return pos;
		if (pos < n) this.endPlain(buf, pos, fs, n, nf);
		return n;
	}

	/** The record [pos, nl) without quotes whose fields before `fs` are already split. */
	private endPlain(buf: Uint8Array, pos: number, fs: number, nl: number, nf: number): void {
		const end = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
		if (end <= pos) return; // empty lines are skipped
		this.field(nf++, fs, end < fs ? fs : end);
		this.record++;
		this.onRecord(buf, this.starts, this.ends, nf);
	}

	/** The first newline outside quotes from `pos`, or buf.length. */
	private quotedEnd(buf: Uint8Array, pos: number): number {
		let quoted = false;
		let i = pos;
		for (; i < buf.length; i++) {
			const b = buf[i];
			if (b === QUOTE) quoted = !quoted;
			else if (b === LF && !quoted) break;
		}
		return i;
	}

	/** Line by line (for very wide rows): each record without quotes goes to `onLine` as raw bytes. */
	private scanLines(buf: Uint8Array, pos: number, final: boolean): number {
		const n = buf.length;
		let nextQuote = buf.indexOf(QUOTE, pos);
		if (nextQuote < 0) nextQuote = n;
		while (pos < n) {
			let nl = buf.indexOf(LF, pos);
			if (nl < 0) {
				if (!final) return pos;
				nl = n;
			}
			if (nextQuote < pos) {
				nextQuote = buf.indexOf(QUOTE, pos);
				if (nextQuote < 0) nextQuote = n;
			}
			if (nextQuote >= nl) {
				const end = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
				if (end > pos) {
					this.record++;
					this.onLine!(buf, pos, end);
				}
				pos = nl + 1;
				continue;
			}
			const end = this.quotedEnd(buf, pos);
			if (end >= n && !final) return pos;
			this.quoted(buf, pos, end);
			pos = end + 1;
		}
		return pos;
	}

	private field(i: number, start: number, end: number): void {
		if (i >= this.starts.length) {
			const s = new Int32Array(this.starts.length * 2);
			const e = new Int32Array(this.starts.length * 2);
			s.set(this.starts);
			e.set(this.ends);
			this.starts = s;
			this.ends = e;
		}
		this.starts[i] = start;
		this.ends[i] = end;
	}

	/** Splits a record without quotes at commas and hands the fields to the record handler. */
	split(buf: Uint8Array, start: number, end: number): void {
		let nf = 0;
		let fs = start;
		for (let i = start; i < end; i++) {
			if (buf[i] === COMMA) {
				this.field(nf++, fs, i);
				fs = i + 1;
			}
		}
		this.field(nf++, fs, end);
		this.onRecord(buf, this.starts, this.ends, nf);
	}

	/** Unquotes the record [start, end) into the scratch buffer, like `parseCsv`'s quoted path. */
	private quoted(buf: Uint8Array, start: number, end: number): void {
		if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
		const out = this.scratch;
		let o = 0;
		let nf = 0;
		let fs = 0;
		let quoted = false;
		for (let i = start; i < end; i++) {
			const b = buf[i];
			if (quoted) {
				if (b !== QUOTE) out[o++] = b;
				else if (i + 1 < end && buf[i + 1] === QUOTE) {
					out[o++] = QUOTE;
					i++;
				} else quoted = false;
			} else if (b === QUOTE) quoted = true;
			else if (b === COMMA) {
				this.field(nf++, fs, o);
				fs = o;
			} else if (b === CR && (i + 1 === end || buf[i + 1] === LF)) break;
			else out[o++] = b;
		}
		this.field(nf++, fs, o);
		this.record++;
		this.onRecord(out, this.starts, this.ends, nf);
	}
}

export function concat(parts: Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0];
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** A copy of buf from `start` (a Node Buffer's `slice` would be a view). */
export function copyOf(buf: Uint8Array, start: number): Uint8Array {
	const out = new Uint8Array(buf.length - start);
	out.set(buf.subarray(start));
	return out;
}

export function fieldText(buf: Uint8Array, start: number, end: number): string {
	if (end - start > 32) return decoder.decode(buf.subarray(start, end));
	let ascii = true;
	for (let i = start; i < end; i++)
		if (buf[i] > 127) {
			ascii = false;
			break;
		}
	if (!ascii) return decoder.decode(buf.subarray(start, end));
	let s = '';
	for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
	return s;
}

/**
 * The value of a canonical non-negative decimal integer (digits only, no leading zero, at most 15 digits, so
 * `String(value)` gives the same text back), or −1.
 */
export function canonicalInt(buf: Uint8Array, start: number, end: number): number {
	const len = end - start;
	if (len === 0 || len > 15 || (len > 1 && buf[start] === 48)) return -1;
	let v = 0;
	for (let i = start; i < end; i++) {
		const d = buf[i] - 48;
		if (d < 0 || d > 9) return -1;
		v = v * 10 + d;
	}
	return v;
}

/** `Number(text)` for a field, without building the string when it is plain digits. */
export function fieldNumber(buf: Uint8Array, start: number, end: number): number {
	const v = canonicalInt(buf, start, end);
	return v >= 0 ? v : Number(fieldText(buf, start, end));
}

/** A vote cell: 1, 0 or −1 (any text `Number` reads as one of those, as before), else NaN. */
export function fieldVote(buf: Uint8Array, start: number, end: number): number {
	const len = end - start;
	if (len === 1) {
		if (buf[start] === 49) return 1;
		if (buf[start] === 48) return 0;
	} else if (len === 2 && buf[start] === 45 && buf[start + 1] === 49) return -1;
	const v = Number(fieldText(buf, start, end));
	return v === 1 || v === 0 || v === -1 ? v : NaN;
}

const DENSE_LIMIT = 1 << 22;

/**
 * Interns id fields as small keys 0, 1, 2, … in order of first appearance, keeping each id's exact text.
 * Plain integer ids (Pol.is's) go through a dense table, others through a Map.
 */
export class IdInterner {
	readonly ids: string[] = [];
	/** `Number(id)` per key, for Pol.is's id order. */
	readonly values: number[] = [];
	private dense = new Int32Array(1024);
	private numbers = new Map<number, number>();
	private strings = new Map<string, number>();

	intern(buf: Uint8Array, start: number, end: number): number {
		const v = canonicalInt(buf, start, end);
		if (v >= 0 && v < DENSE_LIMIT) {
			if (v >= this.dense.length) {
				const grown = new Int32Array(Math.min(DENSE_LIMIT, Math.max(2 * this.dense.length, v + 1)));
				grown.set(this.dense);
				this.dense = grown;
			}
			const k = this.dense[v];
			if (k > 0) return k - 1;
			this.dense[v] = this.ids.length + 1;
			return this.add(String(v), v);
		}
		if (v >= 0) {
			const k = this.numbers.get(v);
			if (k !== undefined) return k;
			this.numbers.set(v, this.ids.length);
			return this.add(String(v), v);
		}
		const text = fieldText(buf, start, end);
		const k = this.strings.get(text);
		if (k !== undefined) return k;
		this.strings.set(text, this.ids.length);
		return this.add(text, Number(text));
	}

	private add(text: string, value: number): number {
		this.ids.push(text);
		this.values.push(value);
		return this.ids.length - 1;
	}

	/**
	 * Rank of each key in Pol.is's id order (numbers as numbers, others as strings); ids that compare equal
	 * share a rank, so a stable sort by rank keeps their file order.
	 */
	ranks(): Int32Array {
		const { ids, values } = this;
		const cmp = (a: number, b: number) => {
			const x = values[a];
			const y = values[b];
			return Number.isFinite(x) && Number.isFinite(y) ? x - y : ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0;
		};
		const order = Array.from(ids, (_, k) => k).sort(cmp);
		const rank = new Int32Array(ids.length);
		let r = 0;
		for (let i = 0; i < order.length; i++) {
			if (i > 0 && cmp(order[i - 1], order[i]) !== 0) r++;
			rank[order[i]] = r;
		}
		return rank;
	}
}

/** Stable counting sort: `order` (a permutation of record indices) reordered by `rank[key[i]]`. */
export function sortByRank(order: Int32Array, key: Int32Array, rank: Int32Array | null, nRanks: number): Int32Array {
	const start = new Int32Array(nRanks + 1);
	const n = order.length;
	for (let i = 0; i < n; i++) {
		const k = key[order[i]];
		start[(rank ? rank[k] : k) + 1]++;
	}
	for (let r = 0; r < nRanks; r++) start[r + 1] += start[r];
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const o = order[i];
		const k = key[o];
		out[start[rank ? rank[k] : k]++] = o;
	}
	return out;
}
