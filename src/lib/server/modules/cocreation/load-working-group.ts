/**
 * @module What the working group looks like to staff, to its members and to the public: one read model,
 * cut by audience. The public and members never get emails; names only of members who agreed; per-role
 * results only for roles with at least PUBLIC_ROLE_MIN members; harvests only when published.
 */
import { redactPersonalData } from '../../../analysis/text-harvest/index';
import { NOT_STATED } from '../../../analysis/representation/index';
import type { CommitmentStatus, Party } from '../../../domain/cocreation/commitment';
import {
	priorityResults,
	PUBLIC_ROLE_MIN,
	residentOfficialGap,
	type PriorityResult,
	type Term
} from '../../../domain/cocreation/proposal';
import {
	compositionWarnings,
	DEFAULT_DOTS_PER_MEMBER,
	roleBalance,
	type CompositionWarning,
	type MemberRole,
	type RoleBalance
} from '../../../domain/cocreation/working-group';
import { compileReach } from '../../../domain/perspective/report';
import type { Process } from '../../../domain/process/process';
import type { Db } from '../../db/client';
import {
	findWorkingGroup,
	listArguments,
	listAssessments,
	listCommitments,
	listDotVotes,
	listGroupSessions,
	listMemberContacts,
	listMemberPublicNames,
	listMembers,
	listNotes,
	listPerspectiveTexts,
	listProposals,
	type NoteRow
} from './queries/cocreation';
import { listThemes } from '../perspectives/queries/perspectives';
import { loadReportMaterial } from '../perspectives/queries/reports';
import methods from '../../seed/content/methods.json';

export type Audience = 'staff' | 'member' | 'public';

export type Commitment = {
	id: string;
	party: Party;
	what: string;
	owner: string;
	dueOn: string;
	status: CommitmentStatus;
	cancelReason: string | null;
};

export type MemberView = {
	id: string;
	role: MemberRole;
	brings: string;
	themes: string[];
	groups: string[];
	name: string | null;
	email: string | null;
	showName: boolean;
	withdrawnAt: Date | null;
	withdrawnReason: string | null;
};
export type NoteView = {
	id: string;
	seq: number;
	kind: NoteRow['kind'];
	text: string;
	createdAt: Date;
	themes: string[];
	perspectives: string[];
	hiddenReason: string | null;
};
export type SessionView = {
	id: string;
	title: string;
	heldOn: string;
	place: string;
	methodKey: string;
	method: string;
	methodEn: string;
	agenda: string;
	harvestPublishedAt: Date | null;
	notes: NoteView[];
};
export type ArgumentView = {
	id: string;
	side: 'for' | 'against';
	source: 'member' | 'public';
	text: string | null;
	hiddenReason: string | null;
	createdAt: Date;
};
export type ProposalView = {
	id: string;
	title: string;
	what: string;
	why: string;
	term: Term;
	costNote: string;
	feasibilityNote: string;
	themes: { id: string; name: string }[];
	perspectives: { id: string; text: string }[];
	withdrawnAt: Date | null;
	withdrawnReason: string | null;
	arguments: ArgumentView[];
	result: PriorityResult;
	gap: ReturnType<typeof residentOfficialGap>;
	commitments: Commitment[];
};

export type WorkingGroupView = {
	dotsPerMember: number;
	members: MemberView[];
	balance: RoleBalance;
	warnings: CompositionWarning[];
	themes: { id: string; name: string }[];
	underRepresented: string[];
	sessions: SessionView[];
	proposals: ProposalView[];
};

const METHOD = new Map(methods.map((m) => [m.key, m]));

/** Groups the representation page finds under-represented (age bands), live from the perspectives. */
export async function underRepresentedGroups(db: Db, process: Process): Promise<string[]> {
	if (!process.population.ageBand) return [];
	const { perspectives, profiles } = await loadReportMaterial(db, process.id);
	const reach = compileReach({ perspectives, profiles, population: process.population }).reach;
	return (reach.ageBand?.groups ?? [])
		.filter((g) => g.group !== NOT_STATED && g.status === 'under')
		.map((g) => g.group);
}

export async function loadWorkingGroup(db: Db, process: Process, audience: Audience): Promise<WorkingGroupView> {
	const group = await findWorkingGroup(db, process.id);
	const themes = (await listThemes(db, process.id)).map((t) => ({ id: t.id, name: t.name }));
	const themeName = new Map(themes.map((t) => [t.id, t.name]));
	const rows = await listMembers(db, process.id);
	const contacts =
		audience === 'staff'
			? await listMemberContacts(db, process.id)
			: new Map<string, { name: string; email: string }>();
	const publicNames = audience === 'staff' ? new Map<string, string>() : await listMemberPublicNames(db, process.id);
	const members: MemberView[] = rows
		.filter((m) => audience === 'staff' || m.withdrawnAt === null)
		.map((m) => ({
			id: m.id,
			role: m.role,
			brings: m.brings,
			themes: m.themeIds.map((id) => themeName.get(id) ?? '').filter(Boolean),
			groups: m.groups,
			name: audience === 'staff' ? (contacts.get(m.id)?.name ?? null) : (publicNames.get(m.id) ?? null),
			email: audience === 'staff' ? (contacts.get(m.id)?.email ?? null) : null,
			showName: m.showName,
			withdrawnAt: m.withdrawnAt,
			withdrawnReason: audience === 'staff' ? m.withdrawnReason : null
		}));
	const underRepresented = audience === 'staff' ? await underRepresentedGroups(db, process) : [];
	const active = rows.filter((m) => m.withdrawnAt === null);

	const sessionRows = (await listGroupSessions(db, process.id)).filter((s) => s.withdrawnAt === null);
	const visibleSessions = sessionRows;
	const noteSessionIds = visibleSessions.filter((s) => audience !== 'public' || s.harvestPublishedAt).map((s) => s.id);
	const notes = await listNotes(db, noteSessionIds);
	const proposalRows = (await listProposals(db, process.id)).filter(
		(p) => audience === 'staff' || p.withdrawnAt === null
	);
	const linkedIds = [
		...new Set([...notes.flatMap((n) => n.perspectiveIds), ...proposalRows.flatMap((p) => p.perspectiveIds)])
	];
	const texts = new Map(
		(await listPerspectiveTexts(db, process.id, linkedIds)).map((p) => [p.id, redactPersonalData(p.text)])
	);

	const sessions: SessionView[] = visibleSessions.map((s) => ({
		id: s.id,
		title: s.title,
		heldOn: s.heldOn,
		place: s.place,
		methodKey: s.methodKey,
		method: METHOD.get(s.methodKey)?.name ?? s.methodKey,
		methodEn: METHOD.get(s.methodKey)?.nameEn ?? s.methodKey,
		agenda: s.agenda,
		harvestPublishedAt: s.harvestPublishedAt,
		notes: notes.filter((n) => n.sessionId === s.id).map((n) => toNoteView(n, themeName, texts))
	}));

	const ids = proposalRows.map((p) => p.id);
	const results = priorityResults({
		proposalIds: ids.filter((id) => !proposalRows.find((p) => p.id === id)?.withdrawnAt),
		members: active.map((m) => ({ id: m.id, role: m.role })),
		votes: await listDotVotes(db, ids),
		assessments: await listAssessments(db, ids),
		minRoleSize: audience === 'staff' ? 1 : PUBLIC_ROLE_MIN
	});
	const args = await listArguments(db, ids);
	const commitments = await listCommitments(db, ids);
	const empty = (proposalId: string): PriorityResult => ({
		proposalId,
		dots: 0,
		assessed: 0,
		means: null,
		byRole: [],
		rank: 0
	});
	const proposals: ProposalView[] = proposalRows.map((p) => {
		const result = results.find((r) => r.proposalId === p.id) ?? empty(p.id);
		return {
			id: p.id,
			title: p.title,
			what: p.what,
			why: p.why,
			term: p.term,
			costNote: p.costNote,
			feasibilityNote: p.feasibilityNote,
			themes: p.themeIds.map((id) => ({ id, name: themeName.get(id) ?? '' })),
			perspectives: p.perspectiveIds.filter((id) => texts.has(id)).map((id) => ({ id, text: texts.get(id)! })),
			withdrawnAt: p.withdrawnAt,
			withdrawnReason: p.withdrawnReason,
			arguments: args
				.filter((a) => a.proposalId === p.id)
				.map((a) => ({
					id: a.id,
					side: a.side,
					source: a.source,
					text: a.hiddenAt ? null : a.text,
					hiddenReason: a.hiddenAt ? a.hiddenReason : null,
					createdAt: a.createdAt
				})),
			result,
			gap: residentOfficialGap(result),
			commitments: commitments
				.filter((c) => c.proposalId === p.id)
				.map((c) => ({
					id: c.id,
					party: c.party,
					what: c.what,
					owner: c.owner,
					dueOn: c.dueOn,
					status: c.status,
					cancelReason: c.cancelReason
				}))
		};
	});
	proposals.sort(
		(a, b) => (a.withdrawnAt ? 1 : 0) - (b.withdrawnAt ? 1 : 0) || (a.result.rank || 99) - (b.result.rank || 99)
	);

	return {
		dotsPerMember: group?.dotsPerMember ?? DEFAULT_DOTS_PER_MEMBER,
		members,
		balance: roleBalance(rows),
		warnings: audience === 'staff' ? compositionWarnings({ members: rows, themes, underRepresented }) : [],
		themes,
		underRepresented,
		sessions,
		proposals
	};
}

function toNoteView(n: NoteRow, themeName: Map<string, string>, texts: Map<string, string>): NoteView {
	return {
		id: n.id,
		seq: n.seq,
		kind: n.kind,
		text: n.hiddenAt ? '' : n.text,
		createdAt: n.createdAt,
		themes: n.themeIds.map((id) => themeName.get(id) ?? '').filter(Boolean),
		perspectives: n.perspectiveIds.map((id) => texts.get(id) ?? '').filter(Boolean),
		hiddenReason: n.hiddenAt ? n.hiddenReason : null
	};
}
