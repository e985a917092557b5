import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/can';
import { withDenialScope } from '../security/access-denied';
import { allows, authorize, permissions } from './gate';

const official: Actor = { kind: 'staff', userId: 'u1', organisationId: 'org-a', role: 'official' };
const elected: Actor = { kind: 'staff', userId: 'u2', organisationId: 'org-a', role: 'elected' };
const member: Actor = { kind: 'member', memberId: 'm1', processId: 'p1', organisationId: 'org-a', role: 'resident' };

describe('the authorisation gate', () => {
	it('follows the truth table: officials read the audit log, elected members do not', () => {
		expect(allows(official, 'audit.view')).toBe(true);
		expect(allows(elected, 'audit.view')).toBe(false);
	});

	it('refuses anything in another organisation, whatever the role', () => {
		expect(allows(official, 'staff.view', { organisationId: 'org-a' })).toBe(true);
		expect(allows(official, 'staff.view', { organisationId: 'org-b' })).toBe(false);
	});

	it('is phase-aware: members place dots only while proposals are prioritised', () => {
		expect(allows(member, 'proposal.dotVote', { phase: 'proposals' })).toBe(true);
		expect(allows(member, 'proposal.dotVote', { phase: 'decision' })).toBe(false);
	});

	it('names a refusal for the audit log, and only a refusal', async () => {
		const refused = await withDenialScope(async () => authorize(elected, 'audit.view'));
		expect(refused.result).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(refused.deniedAction).toBe('audit.view');
		const allowed = await withDenialScope(async () => authorize(official, 'audit.view'));
		expect(allowed.result.ok).toBe(true);
		expect(allowed.deniedAction).toBeNull();
	});

	it('hands a page the controls its viewer may use', () => {
		expect(permissions(elected, ['staff.view', 'export.download'])).toEqual({
			'staff.view': true,
			'export.download': false
		});
	});
});
