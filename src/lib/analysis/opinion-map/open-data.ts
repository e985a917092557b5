import {
	concat,
	copyOf,
	CsvRecordStream,
	fieldNumber,
	fieldText,
	fieldVote,
	IdInterner,
	sortByRank
} from './csv-stream';
import type { StatementInput, Vote, VoteInput, VoteTable } from './types';

/**
 * Parsers for Pol.is open-data exports. The vote files are read by streaming readers that take the file's bytes
 * in chunks (no I/O here, so they stay pure; the CLI feeds them from a file stream); the string functions wrap
 * them. Those exports already flip Pol.is's internal sign: agree = +1, like our API.
 */

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let i = 0;
	while (i < text.length) {
		let nl = text.indexOf('\n', i);
		if (nl < 0) nl = text.length;
		const line = text.slice(i, nl > i && text[nl - 1] === '\r' ? nl - 1 : nl);
		if (!line.includes('"')) {
			// fast path for the vote files: no quoting, plain split
			if (line !== '') rows.push(line.split(','));
			i = nl + 1;
			continue;
		}
		const [row, next] = parseQuotedRecord(text, i);
		rows.push(row);
		i = next;
	}
	return rows;
}

/** Character-level parse of one record starting at `i` (quoted fields may contain commas and newlines). */
function parseQuotedRecord(text: string, i: number): [string[], number] {
	const row: string[] = [];
	let field = '';
	let quoted = false;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch !== '"') field += ch;
			else if (text[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = false;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			return [row, i + 1];
		} else field += ch;
	}
	row.push(field);
	return [row, i];
}

function columns(header: string[], names: string[], file: string): number[] {
	return names.map((name) => {
		const i = header.indexOf(name);
		if (i < 0) throw new Error(`${file}: missing column "${name}"`);
		return i;
	});
}

/** Twice the capacity, same contents. */
function grown<T extends Int32Array | Int8Array | Float64Array>(a: T): T {
	const next = new (a.constructor as new (n: number) => T)(a.length * 2);
	next.set(a);
	return next;
}

function identity(n: number): Int32Array {
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	return order;
}

function headerColumns(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number): string[] {
	const header: string[] = [];
	for (let i = 0; i < n; i++) header.push(fieldText(buf, starts[i], ends[i]));
	return header;
}

/**
 * Streaming reader for votes.csv (timestamp, datetime, comment-id, voter-id, vote), re-votes included: feed the
 * file's bytes in chunks of any size with `push`, then `finish` returns the votes sorted like Pol.is's poller
 * (comment, voter, time), so the last vote per pair wins and rows/columns appear in Pol.is's order.
 * Memory: 17 bytes per row while reading, 9 bytes per vote in the returned table.
 */
export class VotesCsvReader {
	private readonly csv = new CsvRecordStream((b, s, e, n) => this.record(b, s, e, n));
	private header = false;
	private ts = 0;
	private cid = 0;
	private vid = 0;
	private vc = 0;
	private maxCol = 0;
	private readonly statements = new IdInterner();
	private readonly voters = new IdInterner();
	private n = 0;
	private sKey = new Int32Array(1024);
	private vKey = new Int32Array(1024);
	private time = new Float64Array(1024);
	private vote = new Int8Array(1024);

	/**
	 * `fileBytes` (optional, the file's size) sizes the columns once for as many rows as the file can hold if
	 * every row is 44 bytes (the shortest in the open-data exports) instead of doubling them as rows arrive;
	 * pages never written take no memory, and a file of shorter rows simply grows them.
	 */
	constructor(fileBytes = 0) {
		const rows = Math.ceil(fileBytes / 44);
		if (rows > 1024) {
			this.sKey = new Int32Array(rows);
			this.vKey = new Int32Array(rows);
			this.time = new Float64Array(rows);
			this.vote = new Int8Array(rows);
		}
	}

	push(chunk: Uint8Array): void {
		this.csv.push(chunk);
	}

	private record(buf: Uint8Array, s: Int32Array, e: Int32Array, n: number): void {
		if (!this.header) {
			const cols = columns(headerColumns(buf, s, e, n), ['timestamp', 'comment-id', 'voter-id', 'vote'], 'votes.csv');
			[this.ts, this.cid, this.vid, this.vc] = cols;
			this.maxCol = Math.max(...cols);
			this.header = true;
			return;
		}
		if (n <= this.maxCol)
			throw new Error(`votes.csv line ${this.csv.record}: expected ${this.maxCol + 1} fields, got ${n}`);
		const vc = this.vc;
		const v = fieldVote(buf, s[vc], e[vc]);
		if (v !== v)
			throw new Error(
				`votes.csv line ${this.csv.record}: vote must be -1, 0 or 1, got "${fieldText(buf, s[vc], e[vc])}"`
			);
		const i = this.n++;
		if (i === this.vote.length) this.grow();
		this.time[i] = fieldNumber(buf, s[this.ts], e[this.ts]);
		this.sKey[i] = this.statements.intern(buf, s[this.cid], e[this.cid]);
		this.vKey[i] = this.voters.intern(buf, s[this.vid], e[this.vid]);
		this.vote[i] = v;
	}

	private grow(): void {
		this.sKey = grown(this.sKey);
		this.vKey = grown(this.vKey);
		this.time = grown(this.time);
		this.vote = grown(this.vote);
	}

	finish(): VoteTable {
		this.csv.finish();
		const n = this.n;
		const { sKey, vKey, time } = this;
		const sRank = this.statements.ranks();
		const vRank = this.voters.ranks();
		// stable LSD counting sorts: by voter, then by statement; equal pairs stay in file order
		let order = sortByRank(identity(n), vKey, vRank, this.voters.ids.length);
		order = sortByRank(order, sKey, sRank, this.statements.ids.length);
		const table: VoteTable = {
			participantIds: this.voters.ids,
			statementIds: this.statements.ids,
			participant: new Int32Array(n),
			statement: new Int32Array(n),
			vote: new Int8Array(n),
			length: n
		};
		const { participant, statement, vote } = table;
		for (let i = 0; i < n; i++) {
			const o = order[i];
			participant[i] = vKey[o];
			statement[i] = sKey[o];
			vote[i] = this.vote[o];
		}
		// re-votes on the same pair (equal ranks): by time, then file order
		for (let i = 0; i < n;) {
			const s0 = sRank[statement[i]];
			const v0 = vRank[participant[i]];
			let j = i + 1;
			while (j < n && sRank[statement[j]] === s0 && vRank[participant[j]] === v0) j++;
			if (j - i > 1) {
				const run = order.subarray(i, j).sort((a, b) => time[a] - time[b] || a - b);
				for (let k = 0; k < run.length; k++) {
					participant[i + k] = vKey[run[k]];
					statement[i + k] = sKey[run[k]];
					vote[i + k] = this.vote[run[k]];
				}
			}
			i = j;
		}
		return table;
	}
}

/** The votes of a table as objects, in table order. */
export function tableToVotes(t: VoteTable): VoteInput[] {
	const out: VoteInput[] = new Array(t.length);
	for (let i = 0; i < t.length; i++)
		out[i] = {
			participant: t.participantIds[t.participant[i]],
			statement: t.statementIds[t.statement[i]],
			vote: t.vote[i] as Vote
		};
	return out;
}

const encoder = new TextEncoder();

/**
 * votes.csv (timestamp, datetime, comment-id, voter-id, vote), re-votes included. Sorted like Pol.is's poller
 * (comment, voter, time), so the last vote per pair wins and rows/columns appear in Pol.is's order.
 */
export function parseVotesCsv(text: string): VoteInput[] {
	const reader = new VotesCsvReader();
	reader.push(encoder.encode(text));
	return tableToVotes(reader.finish());
}

export interface ParticipantsVotes {
	votes: VoteInput[];
	/** Pol.is's own group-id per participant (null when it did not cluster them). */
	groupIds: Map<string, string | null>;
	statementIds: string[];
}

export interface ParticipantsVotesTable {
	table: VoteTable;
	groupIds: Map<string, string | null>;
	statementIds: string[];
}

/**
 * Streaming reader for participants-votes.csv: one row per participant, one column per comment after
 * `n-disagree`. Wide rows are scanned as bytes, skipping empty cells without splitting them into fields.
 * `finish` returns the votes statement-major, participants in id order (Pol.is's poller: ORDER BY tid, pid).
 */
export class ParticipantsVotesCsvReader {
	private readonly csv = new CsvRecordStream(
		(b, s, e, n) => this.record(b, s, e, n),
		(b, s, e) => this.line(b, s, e)
	);
	private cols: number[] | null = null;
	private statementIds: string[] = [];
	private readonly groupIds = new Map<string, string | null>();
	private readonly participants = new IdInterner();
	private n = 0;
	private pKey = new Int32Array(1024);
	private col = new Int32Array(1024);
	private vote = new Int8Array(1024);

	push(chunk: Uint8Array): void {
		this.csv.push(chunk);
	}

	/** Header, and rows with quoted fields. */
	private record(buf: Uint8Array, s: Int32Array, e: Int32Array, n: number): void {
		if (!this.cols) {
			const header = headerColumns(buf, s, e, n);
			this.cols = columns(header, ['participant', 'group-id', 'n-disagree'], 'participants-votes.csv');
			this.statementIds = header.slice(this.cols[2] + 1);
			return;
		}
		const [pcol, gcol, last] = this.cols;
		if (n <= Math.max(pcol, gcol)) this.tooShort();
		const pk = this.row(buf, s[pcol], e[pcol], s[gcol], e[gcol]);
		const nS = this.statementIds.length;
		for (let j = 0, f = last + 1; j < nS && f < n; j++, f++) if (e[f] > s[f]) this.cell(buf, s[f], e[f], pk, j);
	}

	private tooShort(): never {
		throw new Error(`participants-votes.csv line ${this.csv.record}: too few fields`);
	}

	private row(buf: Uint8Array, ps: number, pe: number, gs: number, ge: number): number {
		const pk = this.participants.intern(buf, ps, pe);
		this.groupIds.set(this.participants.ids[pk], ge > gs ? fieldText(buf, gs, ge) : null);
		return pk;
	}

	private cell(buf: Uint8Array, s: number, e: number, pk: number, j: number): void {
		const v = fieldVote(buf, s, e);
		if (v !== v)
			throw new Error(
				`participants-votes.csv participant ${this.participants.ids[pk]}: vote must be -1, 0 or 1, got "${fieldText(buf, s, e)}"`
			);
		const i = this.n++;
		if (i === this.vote.length) {
			this.pKey = grown(this.pKey);
			this.col = grown(this.col);
			this.vote = grown(this.vote);
		}
		this.pKey[i] = pk;
		this.col[i] = j;
		this.vote[i] = v;
	}

	/** A data row without quotes, as bytes. */
	private line(buf: Uint8Array, start: number, end: number): void {
		if (!this.cols) {
			this.csv.split(buf, start, end);
			return;
		}
		const [pcol, gcol, last] = this.cols;
		let ps = -1;
		let pe = -1;
		let gs = -1;
		let ge = -1;
		// the fixed columns up to n-disagree
		let i = start;
		for (let f = 0; f <= last; f++) {
			if (i > end) this.tooShort();
			let j = i;
			while (j < end && buf[j] !== 44) j++;
			if (f === pcol) {
				ps = i;
				pe = j;
			}
			if (f === gcol) {
				gs = i;
				ge = j;
			}
			i = j + 1;
		}
		const pk = this.row(buf, ps, pe, gs, ge);
		// the vote cells: a comma ends each one, most are empty
		const nS = this.statementIds.length;
		let j = 0;
		while (i <= end && j < nS) {
			if (i === end || buf[i] === 44) {
				i++;
				j++;
				continue;
			}
			let k = i + 1;
			while (k < end && buf[k] !== 44) k++;
			this.cell(buf, i, k, pk, j);
			i = k + 1;
			j++;
		}
	}

	finish(): ParticipantsVotesTable {
		this.csv.finish();
		const n = this.n;
		const { pKey, col } = this;
		let order = sortByRank(identity(n), pKey, this.participants.ranks(), this.participants.ids.length);
		order = sortByRank(order, col, null, this.statementIds.length);
		const table: VoteTable = {
			participantIds: this.participants.ids,
			statementIds: this.statementIds,
			participant: new Int32Array(n),
			statement: new Int32Array(n),
			vote: new Int8Array(n),
			length: n
		};
		const vote = this.vote;
		for (let i = 0; i < n; i++) {
			const o = order[i];
			table.participant[i] = pKey[o];
			table.statement[i] = col[o];
			table.vote[i] = vote[o];
		}
		return { table, groupIds: this.groupIds, statementIds: this.statementIds };
	}
}

/** participants-votes.csv: one row per participant, one column per comment after `n-disagree`. */
export function parseParticipantsVotesCsv(text: string): ParticipantsVotes {
	const reader = new ParticipantsVotesCsvReader();
	reader.push(encoder.encode(text));
	const { table, groupIds, statementIds } = reader.finish();
	return { votes: tableToVotes(table), groupIds, statementIds };
}

/**
 * Either Pol.is export, recognised from its header row (votes.csv has `voter-id`; participants-votes.csv has
 * `participant` and `n-disagree`). Feed chunks with `push`; `finish` returns the votes as a table.
 */
export class PolisVotesReader {
	private head: Uint8Array[] = [];
	private reader: VotesCsvReader | ParticipantsVotesCsvReader | null = null;
	format: 'votes.csv' | 'participants-votes.csv' | null = null;

	/** `fileBytes`: the file's size when known (lets votes.csv be read without regrowing its columns). */
	constructor(private readonly fileBytes = 0) {}

	push(chunk: Uint8Array): void {
		if (this.reader) return this.reader.push(chunk);
		this.head.push(copyOf(chunk, 0));
		const bytes = concat(this.head);
		this.head = [bytes];
		const nl = bytes.indexOf(10);
		if (nl >= 0) this.start(bytes, nl);
		else if (bytes.length > 1 << 24) throw new Error('no header line in the first 16 MiB');
	}

	private start(bytes: Uint8Array, nl: number): void {
		const header = new TextDecoder().decode(bytes.subarray(0, nl));
		if (header.includes('voter-id')) {
			this.format = 'votes.csv';
			this.reader = new VotesCsvReader(this.fileBytes);
		} else if (header.includes('participant') && header.includes('n-disagree')) {
			this.format = 'participants-votes.csv';
			this.reader = new ParticipantsVotesCsvReader();
		} else throw new Error('not a Pol.is votes.csv or participants-votes.csv (header not recognised)');
		this.head = [];
		this.reader.push(bytes);
	}

	finish(): { table: VoteTable; groupIds: Map<string, string | null> | null } {
		if (!this.reader) {
			const bytes = concat(this.head);
			if (bytes.length === 0) throw new Error('empty file: not a Pol.is votes.csv or participants-votes.csv');
			this.start(bytes, bytes.length);
		}
		const reader = this.reader!;
		if (reader instanceof VotesCsvReader) return { table: reader.finish(), groupIds: null };
		const { table, groupIds } = reader.finish();
		return { table, groupIds };
	}
}

/** comments.csv: comment-id and moderated (−1 out, 0 unmoderated, 1 in). */
export function parseCommentsCsv(text: string): StatementInput[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	const [cid, mod] = columns(header, ['comment-id', 'moderated'], 'comments.csv');
	return rows.map((r) => {
		const m = Number(r[mod]);
		return { id: r[cid], moderated: m === -1 ? -1 : m === 1 ? 1 : 0 };
	});
}
