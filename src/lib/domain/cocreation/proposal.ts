/**
 * @module Proposals (åtgärdsförslag), dot voting and the 360° assessment on the public value triangle
 * (hållbarhet, legitimitet, service) plus feasibility. Pure: rules and result compilation.
 */
import { MEMBER_ROLES, type MemberRole } from './working-group';

export const TERMS = ['short', 'long'] as const;
export type Term = (typeof TERMS)[number];

export const CRITERIA = ['sustainability', 'legitimacy', 'service', 'feasibility'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Scores = Record<Criterion, number>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const ARGUMENT_SIDES = ['for', 'against'] as const;
export type ArgumentSide = (typeof ARGUMENT_SIDES)[number];
export const ARGUMENT_MAX = 1500;

/** Below this many members of a role, that role's results are not shown publicly (nobody's vote can be read off). */
export const PUBLIC_ROLE_MIN = 5;

export type DotAllocation = Record<string, number>;

/**
 * A member's whole allocation replaces the previous one. Each count a whole number ≥ 0, only for
 * proposals that are open, and in total no more than the group's dots per member.
 */
export function checkDotAllocation(
	allocation: DotAllocation,
	openProposalIds: string[],
	dotsPerMember: number
): { ok: true } | { ok: false; reason: 'unknown_proposal' | 'not_whole' | 'too_many'; used: number } {
	const used = Object.values(allocation).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
	for (const [id, n] of Object.entries(allocation)) {
		if (!openProposalIds.includes(id)) return { ok: false, reason: 'unknown_proposal', used };
		if (!Number.isInteger(n) || n < 0) return { ok: false, reason: 'not_whole', used };
	}
	if (used > dotsPerMember) return { ok: false, reason: 'too_many', used };
	return { ok: true };
}

export const isScore = (n: unknown): n is number =>
	typeof n === 'number' && Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX;

export type RoleResult = {
	role: MemberRole;
	/** Members of this role in the group (active). */
	members: number;
	/** Null when withheld (fewer than the minimum members in this role). */
	dots: number | null;
	assessed: number | null;
	means: Scores | null;
};

export type PriorityResult = {
	proposalId: string;
	dots: number;
	assessed: number;
	/** Mean per criterion over everyone who assessed; null when nobody has. */
	means: Scores | null;
	byRole: RoleResult[];
	rank: number;
};

const mean = (xs: number[]) =>
	xs.length === 0 ? 0 : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

function meansOf(scores: Scores[]): Scores | null {
	if (scores.length === 0) return null;
	return Object.fromEntries(CRITERIA.map((c) => [c, mean(scores.map((s) => s[c]))])) as Scores;
}

/**
 * Dots and assessments per proposal, overall and per role, ranked by dots (then by mean assessment, then
 * by the given order). `minRoleSize` withholds a role's figures when it has fewer active members.
 */
export function priorityResults(input: {
	proposalIds: string[];
	members: { id: string; role: MemberRole }[];
	votes: { memberId: string; proposalId: string; dots: number }[];
	assessments: ({ memberId: string; proposalId: string } & Scores)[];
	minRoleSize?: number;
}): PriorityResult[] {
	const roleOf = new Map(input.members.map((m) => [m.id, m.role]));
	const min = input.minRoleSize ?? 1;
	const results = input.proposalIds.map((proposalId) => {
		const votes = input.votes.filter((v) => v.proposalId === proposalId && roleOf.has(v.memberId));
		const assessments = input.assessments.filter((a) => a.proposalId === proposalId && roleOf.has(a.memberId));
		const byRole = MEMBER_ROLES.map((role): RoleResult => {
			const members = input.members.filter((m) => m.role === role).length;
			const shown = members >= min && members > 0;
			const roleAssessments = assessments.filter((a) => roleOf.get(a.memberId) === role);
			return {
				role,
				members,
				dots: shown ? votes.filter((v) => roleOf.get(v.memberId) === role).reduce((a, v) => a + v.dots, 0) : null,
				assessed: shown ? roleAssessments.length : null,
				means: shown ? meansOf(roleAssessments) : null
			};
		});
		return {
			proposalId,
			dots: votes.reduce((a, v) => a + v.dots, 0),
			assessed: assessments.length,
			means: meansOf(assessments),
			byRole,
			rank: 0
		};
	});
	const overall = (r: PriorityResult) => (r.means ? mean(CRITERIA.map((c) => r.means![c])) : 0);
	const order = [...results].sort(
		(a, b) =>
			b.dots - a.dots ||
			overall(b) - overall(a) ||
			input.proposalIds.indexOf(a.proposalId) - input.proposalIds.indexOf(b.proposalId)
	);
	order.forEach((r, i) => (r.rank = i + 1));
	return results;
}

/**
 * The largest gap between residents and officials on any criterion (in points), so the page can say where
 * they see a proposal differently. Null when either side is withheld or has not assessed.
 */
export function residentOfficialGap(
	result: PriorityResult
): { criterion: Criterion; residents: number; officials: number } | null {
	const residents = result.byRole.find((r) => r.role === 'resident')?.means;
	const officials = result.byRole.find((r) => r.role === 'official')?.means;
	if (!residents || !officials) return null;
	let best: { criterion: Criterion; residents: number; officials: number } | null = null;
	for (const c of CRITERIA) {
		if (!best || Math.abs(residents[c] - officials[c]) > Math.abs(best.residents - best.officials))
			best = { criterion: c, residents: residents[c], officials: officials[c] };
	}
	return best && Math.abs(best.residents - best.officials) >= 1 ? best : null;
}
