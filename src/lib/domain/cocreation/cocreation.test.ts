import { describe, expect, it } from 'vitest';
import { checkStatusChange } from './commitment';
import { checkDotAllocation, priorityResults, residentOfficialGap } from './proposal';
import { isPrioritising } from './session';
import { compositionWarnings, roleBalance, type GroupMember } from './working-group';

const member = (
	id: string,
	role: GroupMember['role'],
	themeIds: string[] = [],
	groups: string[] = [],
	withdrawnAt: Date | null = null
): GroupMember => ({ id, role, themeIds, groups, withdrawnAt });

describe('working group composition', () => {
	it('counts active members per role, withdrawn ones not', () => {
		const balance = roleBalance([
			member('a', 'resident'),
			member('b', 'resident'),
			member('c', 'official'),
			member('d', 'elected', [], [], new Date())
		]);
		expect(balance.find((b) => b.role === 'resident')).toEqual({ role: 'resident', count: 2, share: 2 / 3 });
		expect(balance.find((b) => b.role === 'elected')?.count).toBe(0);
		expect(balance.map((b) => b.role)).toEqual(['elected', 'official', 'resident', 'civilSociety', 'facilitator']);
	});

	it('warns about every theme and under-represented group nobody active carries', () => {
		const warnings = compositionWarnings({
			members: [member('a', 'resident', ['t1'], ['65+']), member('b', 'resident', ['t2'], ['16-24'], new Date())],
			themes: [
				{ id: 't1', name: 'Skolan' },
				{ id: 't2', name: 'Trygghet' }
			],
			underRepresented: ['16-24', '65+']
		});
		expect(warnings).toEqual([
			{ kind: 'theme', themeId: 't2', name: 'Trygghet' },
			{ kind: 'group', group: '16-24' }
		]);
	});
});

describe('dot voting', () => {
	it('accepts an allocation within the dots, only on open proposals, in whole numbers', () => {
		expect(checkDotAllocation({ p1: 3, p2: 2 }, ['p1', 'p2'], 5)).toEqual({ ok: true });
		expect(checkDotAllocation({ p1: 4, p2: 2 }, ['p1', 'p2'], 5)).toMatchObject({
			ok: false,
			reason: 'too_many',
			used: 6
		});
		expect(checkDotAllocation({ p1: 1.5 }, ['p1'], 5)).toMatchObject({ ok: false, reason: 'not_whole' });
		expect(checkDotAllocation({ p1: -1 }, ['p1'], 5)).toMatchObject({ ok: false, reason: 'not_whole' });
		expect(checkDotAllocation({ gone: 1 }, ['p1'], 5)).toMatchObject({ ok: false, reason: 'unknown_proposal' });
	});
});

describe('priority results', () => {
	const members = [
		...['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => ({ id, role: 'resident' as const })),
		...['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => ({ id, role: 'official' as const })),
		{ id: 'e1', role: 'elected' as const }
	];
	const high = { sustainability: 5, legitimacy: 5, service: 5, feasibility: 5 };
	const low = { sustainability: 3, legitimacy: 3, service: 3, feasibility: 1 };
	const input = {
		proposalIds: ['a', 'b'],
		members,
		votes: [
			...members.map((m) => ({ memberId: m.id, proposalId: 'b', dots: 2 })),
			{ memberId: 'r1', proposalId: 'a', dots: 3 },
			{ memberId: 'stranger', proposalId: 'a', dots: 50 }
		],
		assessments: [
			...members.filter((m) => m.role === 'resident').map((m) => ({ memberId: m.id, proposalId: 'a', ...high })),
			...members.filter((m) => m.role === 'official').map((m) => ({ memberId: m.id, proposalId: 'a', ...low }))
		]
	};

	it('ranks by dots, counts only members, and gives means per role', () => {
		const [a, b] = priorityResults(input);
		expect(b.dots).toBe(22);
		expect(b.rank).toBe(1);
		expect(a.dots).toBe(3);
		expect(a.rank).toBe(2);
		expect(a.means).toEqual({ sustainability: 4, legitimacy: 4, service: 4, feasibility: 3 });
		expect(a.byRole.find((r) => r.role === 'resident')?.means?.feasibility).toBe(5);
		expect(a.byRole.find((r) => r.role === 'official')?.means?.feasibility).toBe(1);
	});

	it('withholds the figures of roles below the minimum size, so no single vote can be read off', () => {
		const [, b] = priorityResults({ ...input, minRoleSize: 5 });
		expect(b.byRole.find((r) => r.role === 'elected')).toMatchObject({
			members: 1,
			dots: null,
			assessed: null,
			means: null
		});
		expect(b.byRole.find((r) => r.role === 'resident')).toMatchObject({ members: 5, dots: 10 });
	});

	it('names the criterion where residents and officials differ most', () => {
		const [a, b] = priorityResults(input);
		expect(residentOfficialGap(a)).toEqual({ criterion: 'feasibility', residents: 5, officials: 1 });
		expect(residentOfficialGap(b)).toBeNull();
	});
});

describe('commitment status', () => {
	it('needs a reason to cancel, and done or cancelled is final', () => {
		expect(checkStatusChange('planned', 'ongoing', '')).toEqual({ ok: true });
		expect(checkStatusChange('planned', 'cancelled', ' ')).toEqual({ ok: false, reason: 'reason_required' });
		expect(checkStatusChange('ongoing', 'cancelled', 'Ersatt')).toEqual({ ok: true });
		expect(checkStatusChange('done', 'ongoing', '')).toEqual({ ok: false, reason: 'final' });
		expect(checkStatusChange('planned', 'planned', '')).toEqual({ ok: false, reason: 'same' });
	});
});

describe('phases', () => {
	it('prioritising is open in co-creation and proposals only', () => {
		expect(isPrioritising('cocreation')).toBe(true);
		expect(isPrioritising('proposals')).toBe(true);
		expect(isPrioritising('compilation')).toBe(false);
		expect(isPrioritising('decision')).toBe(false);
	});
});
