/**
 * @module The archive's tables beyond the staff ones: the process and its phases, statements with their
 * votes counted, interviews (group, date, consent; never who), sessions and harvest notes, arguments, and
 * decisions with their implementation. Keys in English, codes as stored.
 */
import type { Process } from '../../../domain/process/process';
import type { Db, Tx } from '../../db/client';
import { listArguments } from '../../modules/cocreation/queries/cocreation';
import {
	listDecisionRecords,
	listInterviewsForExport,
	listSessionsWithNotes,
	listStatementsWithVotes
} from '../../modules/records/queries/exports';
import type { Cell } from '../csv';
import type { RecordTable } from '../process-records';

/** A table from plain rows: the columns are the keys of the first row (or the given ones when empty). */
function table(key: string, columns: string[], rows: Record<string, unknown>[]): RecordTable {
	const cell = (v: unknown): Cell =>
		v === undefined
			? null
			: v instanceof Date || v === null || ['string', 'number', 'boolean'].includes(typeof v)
				? (v as Cell)
				: JSON.stringify(v);
	return {
		key,
		columns: columns.map((c) => ({ key: c })),
		rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, cell(r[c])])))
	};
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const snakeRow = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [snake(k), v]));

export async function loadArchiveTables(db: Db | Tx, process: Process, proposalIds: string[]): Promise<RecordTable[]> {
	const p = process;
	const processRow = {
		id: p.id,
		slug: p.slug,
		title: p.title,
		question: p.question,
		purpose: p.purpose,
		context: p.context,
		...snakeRow(p.influence),
		participation: p.participation,
		areas: p.areas,
		population: p.population,
		current_phase: p.currentPhase,
		is_published: p.isPublished,
		published_at: p.publishedAt,
		created_at: p.createdAt,
		updated_at: p.updatedAt
	};
	const statements = await listStatementsWithVotes(db, p.id);
	const interviews = await listInterviewsForExport(db, p.id);
	const { sessions, notes } = await listSessionsWithNotes(db, p.id);
	const args = await listArguments(db, proposalIds);
	const decided = await listDecisionRecords(db, p.id);
	const rows = <T extends object>(list: T[]) => list.map((r) => snakeRow(r as Record<string, unknown>));
	const keysOf = (list: object[], fallback: string[]) => (list[0] ? Object.keys(list[0]) : fallback);
	const from = <T extends object>(key: string, list: T[], fallback: string[]) =>
		table(key, keysOf(rows(list), fallback), rows(list));

	return [
		table('process', Object.keys(processRow), [processRow]),
		table('phases', ['phase', 'starts_on', 'ends_on'], rows(p.schedule)),
		from('statements', statements, [
			'id',
			'text',
			'origin',
			'status',
			'rejected_reason',
			'agree',
			'disagree',
			'pass',
			'created_at'
		]),
		from('interviews', interviews, ['id', 'group', 'held_on', 'may_quote', 'consent_version', 'created_at']),
		from('sessions', sessions, [
			'id',
			'process_id',
			'title',
			'held_on',
			'place',
			'method_key',
			'agenda',
			'harvest_published_at',
			'created_at',
			'updated_at',
			'withdrawn_at',
			'withdrawn_reason'
		]),
		from('harvest_notes', notes, ['id', 'session_id', 'kind', 'text', 'created_at', 'hidden_at', 'hidden_reason']),
		// Arguments name no member: the member id is left out.
		from(
			'proposal_arguments',
			args.map(({ memberId: _m, ...a }) => a),
			['id', 'proposal_id', 'side', 'text', 'source', 'created_at', 'hidden_at', 'hidden_reason']
		),
		from('decisions', decided.decisions, [
			'id',
			'process_id',
			'body',
			'body_kind',
			'decided_on',
			'case_number',
			'minutes_paragraph',
			'summary',
			'status',
			'published_at',
			'created_at',
			'updated_at'
		]),
		from('decision_outcomes', decided.outcomes, ['decision_id', 'proposal_id', 'outcome', 'reasons']),
		from('implementation_items', decided.items, [
			'id',
			'process_id',
			'proposal_id',
			'decision_id',
			'title',
			'description',
			'responsible',
			'status',
			'progress',
			'created_at',
			'updated_at'
		]),
		from('implementation_milestones', decided.milestones, [
			'id',
			'item_id',
			'title',
			'due_on',
			'done_on',
			'created_at'
		]),
		from('implementation_updates', decided.updates, ['id', 'item_id', 'text', 'status', 'progress', 'created_at'])
	];
}
