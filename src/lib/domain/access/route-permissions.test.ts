import { describe, expect, it } from 'vitest';
import { ACTIONS } from './can';
import { expectedAnswer, ROUTE_PERMISSIONS, type Rule, type RuleKey } from './route-permissions';

const rule = (route: string, key: RuleKey): Rule => {
	const found = ROUTE_PERMISSIONS.find((r) => r.route === route)?.rules[key];
	if (!found) throw new Error(`no rule ${key} for ${route}`);
	return found;
};
const LOG = '/(staff)/hantera/logg';
const GROUP = '/(staff)/hantera/processer/[slug]/arbetsgrupp';

describe('the permission table', () => {
	it('names only permissions that can.ts knows, and each route once', () => {
		for (const row of ROUTE_PERMISSIONS)
			for (const r of Object.values(row.rules))
				expect(['public', 'ownAccount', ...ACTIONS], row.route).toContain(r!.needs);
		const routes = ROUTE_PERMISSIONS.map((r) => r.route);
		expect(new Set(routes).size).toBe(routes.length);
	});

	it('computes the answer from can(): the audit log for officials, not for elected members; sign-in for the rest', () => {
		const where = { route: LOG, page: true };
		expect(expectedAnswer('GET', rule(LOG, 'GET'), 'official', where)).toBe(200);
		expect(expectedAnswer('GET', rule(LOG, 'GET'), 'elected', where)).toBe(403);
		for (const who of ['anonymous', 'member', 'otherOrganisation'] as const)
			expect(expectedAnswer('GET', rule(LOG, 'GET'), who, where)).toBe('sign-in');
	});

	it('fires a form action as an allowed actor only where an empty post is turned away', () => {
		const where = { route: GROUP, page: true, ownProcess: true };
		expect(expectedAnswer('POST ?/member', rule(GROUP, 'POST ?/member'), 'facilitator', where)).toBe(400);
		expect(expectedAnswer('POST ?/member', rule(GROUP, 'POST ?/member'), 'official', where)).toBe(403);
		expect(expectedAnswer('POST ?/withdraw', rule(GROUP, 'POST ?/withdraw'), 'admin', where)).toBe('allowed');
	});
});
