import type { StatementInput, Vote, VoteInput } from './types';

/**
 * Parsers for Pol.is open-data exports, from file contents (strings) so they stay pure and the CLI and tests
 * share them. Those exports already flip Pol.is's internal sign: agree = +1, like our API.
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

function parseVote(s: string, where: string): Vote {
	const v = Number(s);
	if (v !== 1 && v !== -1 && v !== 0) throw new Error(`${where}: vote must be -1, 0 or 1, got "${s}"`);
	return v;
}

/** Numeric ids compare as numbers, others as strings: Pol.is ids are integers. */
const byId = (a: string, b: string) => {
	const x = Number(a);
	const y = Number(b);
	return Number.isFinite(x) && Number.isFinite(y) ? x - y : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * votes.csv (timestamp, datetime, comment-id, voter-id, vote), re-votes included. Sorted like Pol.is's poller
 * (comment, voter, time), so the last vote per pair wins and rows/columns appear in Pol.is's order.
 */
export function parseVotesCsv(text: string): VoteInput[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	const [ts, cid, vid, vote] = columns(header, ['timestamp', 'comment-id', 'voter-id', 'vote'], 'votes.csv');
	const out = rows.map((r, i) => ({
		t: Number(r[ts]),
		v: { participant: r[vid], statement: r[cid], vote: parseVote(r[vote], `votes.csv line ${i + 2}`) } as VoteInput
	}));
	out.sort(
		(a, b) =>
			byId(String(a.v.statement), String(b.v.statement)) ||
			byId(String(a.v.participant), String(b.v.participant)) ||
			a.t - b.t
	);
	return out.map((x) => x.v);
}

export interface ParticipantsVotes {
	votes: VoteInput[];
	/** Pol.is's own group-id per participant (null when it did not cluster them). */
	groupIds: Map<string, string | null>;
	statementIds: string[];
}

/** participants-votes.csv: one row per participant, one column per comment after `n-disagree`. */
export function parseParticipantsVotesCsv(text: string): ParticipantsVotes {
	const [header, ...rows] = parseCsv(text);
	if (!header) return { votes: [], groupIds: new Map(), statementIds: [] };
	const [pcol, gcol, last] = columns(header, ['participant', 'group-id', 'n-disagree'], 'participants-votes.csv');
	const statementIds = header.slice(last + 1);
	const groupIds = new Map<string, string | null>();
	for (const r of rows) groupIds.set(r[pcol], r[gcol] === '' || r[gcol] === undefined ? null : r[gcol]);
	const votes: VoteInput[] = [];
	// statement-major order mirrors Pol.is's poller (ORDER BY tid, pid)
	const order = rows.slice().sort((a, b) => byId(a[pcol], b[pcol]));
	statementIds.forEach((sid, j) => {
		for (const r of order) {
			const cell = r[last + 1 + j];
			if (cell === undefined || cell === '') continue;
			votes.push({
				participant: r[pcol],
				statement: sid,
				vote: parseVote(cell, `participants-votes.csv participant ${r[pcol]}`)
			});
		}
	});
	return { votes, groupIds, statementIds };
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
