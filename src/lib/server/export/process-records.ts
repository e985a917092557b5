/**
 * @module A process's records as named tables, read once and cut two ways: the staff exports (CSV/XLSX, with
 * headings and codes in the reader's language) and the archive package (stable English keys and codes).
 * Never personal data: no contact details, self-descriptions, receipt codes (a receipt code opens the
 * contributor's own data), volunteers' or members' names.
 */
import { CRITERIA, PUBLIC_ROLE_MIN } from '../../domain/cocreation/proposal';
import type { Process } from '../../domain/process/process';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n/index';
import type { Db, Tx } from '../db/client';
import {
	listPerspectivesForExport,
	listProcessAudit,
	listTensionsForExport,
	listThemesWithCounts,
	type ProcessAuditEntry
} from '../modules/records/queries/exports';
import { loadWorkingGroup } from '../modules/cocreation/load-working-group';
import type { Cell, Table } from './csv';

/** A column: its key (archive heading and row field), its label for people, and how codes are named. */
export type Column = { key: string; label?: MessageKey; code?: (value: string) => string };
export type RecordTable = { key: string; title?: MessageKey; columns: Column[]; rows: Record<string, Cell>[] };

export const STAFF_TABLES = [
	'perspektiv',
	'teman',
	'motsattningar',
	'forslag',
	'prioriteringar',
	'ataganden',
	'logg'
] as const;
export type StaffTableKey = (typeof STAFF_TABLES)[number];
export const isStaffTable = (v: unknown): v is StaffTableKey => STAFF_TABLES.includes(v as StaffTableKey);

const col = (key: string, label?: MessageKey, code?: (v: string) => string): Column => ({ key, label, code });

export type ProcessRecords = { tables: Record<StaffTableKey, RecordTable>; audit: ProcessAuditEntry[] };

/**
 * The staff tables of one process. `audience: 'archive'` withholds per-role priorities of roles with fewer than
 * PUBLIC_ROLE_MIN members (in a long-kept record nobody's single vote may be read off).
 */
export async function loadProcessRecords(
	db: Db | Tx,
	process: Process,
	audience: 'staff' | 'archive'
): Promise<ProcessRecords> {
	const perspectives = await listPerspectivesForExport(db, process.id);
	const themes = await listThemesWithCounts(db, process.id);
	const tensions = await listTensionsForExport(db, process.id);
	const group = await loadWorkingGroup(db as Db, process, 'staff');
	const audit = await listProcessAudit(db, process.organisationId, process.id);
	const proposals = group.proposals;
	const roleShown = (members: number) => audience === 'staff' || members >= PUBLIC_ROLE_MIN;

	const tables: Record<StaffTableKey, RecordTable> = {
		perspektiv: {
			key: 'perspectives',
			title: 'export.table.perspectives',
			columns: [
				col('id', 'export.col.id'),
				col('text', 'export.col.text'),
				col('channel', 'export.col.channel', (v) => `channel.${v}`),
				col('theme', 'export.col.theme'),
				col('status', 'export.col.status', (v) => `export.status.${v}`),
				col('hidden_reason', 'export.col.hiddenReason'),
				col('is_quote', 'export.col.isQuote'),
				col('from_interview', 'export.col.fromInterview'),
				col('created_at', 'export.col.createdAt'),
				col('withdrawn_at', 'export.col.withdrawnAt')
			],
			rows: perspectives.map((p) => ({
				id: p.id,
				text: p.text,
				channel: p.channel,
				theme: p.theme,
				status: p.status,
				hidden_reason: p.hiddenReason,
				is_quote: p.isQuote,
				from_interview: p.fromInterview,
				created_at: p.createdAt,
				withdrawn_at: p.withdrawnAt
			}))
		},
		teman: {
			key: 'themes',
			title: 'export.table.themes',
			columns: [
				col('id', 'export.col.id'),
				col('name', 'export.col.name'),
				col('description', 'export.col.description'),
				col('visible', 'export.col.visibleCount'),
				col('hidden', 'export.col.hiddenCount')
			],
			rows: themes.map((t) => ({
				id: t.id,
				name: t.name,
				description: t.description,
				visible: t.visible,
				hidden: t.hidden
			}))
		},
		motsattningar: {
			key: 'tensions',
			title: 'export.table.tensions',
			columns: [
				col('id', 'export.col.id'),
				col('title', 'export.col.title'),
				col('description', 'export.col.description'),
				col('side_a', 'export.col.sideA'),
				col('side_b', 'export.col.sideB'),
				col('side_a_perspective_id', 'export.col.sideAId'),
				col('side_b_perspective_id', 'export.col.sideBId')
			],
			rows: tensions.map((t) => ({
				id: t.id,
				title: t.title,
				description: t.description,
				side_a: t.sideA,
				side_b: t.sideB,
				side_a_perspective_id: t.sideAId,
				side_b_perspective_id: t.sideBId
			}))
		},
		forslag: {
			key: 'proposals',
			title: 'export.table.proposals',
			columns: [
				col('id', 'export.col.id'),
				col('title', 'export.col.title'),
				col('what', 'export.col.what'),
				col('why', 'export.col.why'),
				col('term', 'export.col.term', (v) => `wg.term.${v}`),
				col('themes', 'export.col.themes'),
				col('rank', 'export.col.rank'),
				col('dots', 'export.col.dots'),
				col('assessed', 'export.col.assessed'),
				...CRITERIA.map((c) => col(`mean_${c}`, `export.col.mean.${c}`)),
				col('withdrawn_reason', 'export.col.withdrawnReason')
			],
			rows: proposals.map((p) => ({
				id: p.id,
				title: p.title,
				what: p.what,
				why: p.why,
				term: p.term,
				themes: p.themes.map((t) => t.name).join('; '),
				rank: p.withdrawnAt ? null : p.result.rank,
				dots: p.result.dots,
				assessed: p.result.assessed,
				...Object.fromEntries(CRITERIA.map((c) => [`mean_${c}`, p.result.means?.[c] ?? null])),
				withdrawn_reason: p.withdrawnAt ? (p.withdrawnReason ?? '') : null
			}))
		},
		prioriteringar: {
			key: 'proposal_priorities_by_role',
			title: 'export.table.priorities',
			columns: [
				col('proposal_id', 'export.col.id'),
				col('proposal', 'export.col.proposal'),
				col('role', 'export.col.role', (v) => `wg.roleName.${v}`),
				col('members', 'export.col.members'),
				col('dots', 'export.col.dots'),
				col('assessed', 'export.col.assessed'),
				...CRITERIA.map((c) => col(`mean_${c}`, `export.col.mean.${c}`))
			],
			rows: proposals.flatMap((p) =>
				p.result.byRole
					.filter((r) => r.members > 0)
					.map((r) => {
						const shown = roleShown(r.members);
						return {
							proposal_id: p.id,
							proposal: p.title,
							role: r.role,
							members: r.members,
							dots: shown ? r.dots : null,
							assessed: shown ? r.assessed : null,
							...Object.fromEntries(CRITERIA.map((c) => [`mean_${c}`, shown ? (r.means?.[c] ?? null) : null]))
						};
					})
			)
		},
		ataganden: {
			key: 'commitments',
			title: 'export.table.commitments',
			columns: [
				col('id', 'export.col.id'),
				col('proposal', 'export.col.proposal'),
				col('party', 'export.col.party', (v) => `wg.party.${v}`),
				col('what', 'export.col.what'),
				col('owner', 'export.col.owner'),
				col('due_on', 'export.col.dueOn'),
				col('status', 'export.col.status', (v) => `wg.status.${v}`),
				col('cancel_reason', 'export.col.cancelReason')
			],
			rows: proposals.flatMap((p) =>
				p.commitments.map((c) => ({
					id: c.id,
					proposal: p.title,
					party: c.party,
					what: c.what,
					owner: c.owner,
					due_on: c.dueOn,
					status: c.status,
					cancel_reason: c.cancelReason
				}))
			)
		},
		logg: {
			key: 'audit',
			title: 'export.table.audit',
			columns: [
				col('at', 'export.col.at'),
				col('actor', 'export.col.actor'),
				col('action', 'export.col.action', (v) => `audit.action.${v}`),
				col('entity_type', 'export.col.entityType'),
				col('entity_id', 'export.col.id'),
				col('details', 'export.col.details')
			],
			rows: audit.map((a) => ({
				at: a.createdAt,
				actor: a.actorName,
				action: a.action,
				entity_type: a.entityType,
				entity_id: a.entityId,
				details: Object.keys(a.details).length ? JSON.stringify(a.details) : null
			}))
		}
	};
	return { tables, audit };
}

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** A record table for people: headings and codes in their language, yes/no in words, times in Swedish time. */
export function tableForPeople(table: RecordTable, t: Translate): Table {
	const yes = t('export.yes');
	const no = t('export.no');
	return {
		name: table.title ? t(table.title) : table.key,
		columns: table.columns.map((c) => (c.label ? t(c.label) : c.key)),
		rows: table.rows.map((row) =>
			table.columns.map((c) => {
				const v = row[c.key] ?? null;
				if (typeof v === 'boolean') return v ? yes : no;
				if (v instanceof Date) return STOCKHOLM.format(v);
				if (typeof v === 'string' && c.code) {
					const key = c.code(v);
					return isMessageKey(key) ? t(key) : v;
				}
				return v;
			})
		)
	};
}

/** A record table for the archive: English keys as headings, codes as stored, times in ISO 8601 (UTC). */
export function tableForArchive(table: RecordTable): Table {
	return {
		name: table.key,
		columns: table.columns.map((c) => c.key),
		rows: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null))
	};
}
