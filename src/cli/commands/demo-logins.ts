import { DEMO_ADMIN_TOTP_SECRET, DEMO_LOGINS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from '../../lib/server/seed/demo';
import { NORRVIK } from '../../lib/server/seed/demo-norrvik';
import { DEMO_RECEIPT } from '../../lib/server/seed/demo-outcomes';
import { DEMO_ROUTED_RECEIPT } from '../../lib/server/seed/demo-routing';

const ROLE_NAMES = {
	facilitator: 'facilitator (processledare)',
	admin: 'organisation admin, two steps',
	official: 'official (tjänsteperson)',
	elected: 'elected member (förtroendevald)'
} as const;

/**
 * The six demo logins with where each signs in. `port` is the local port when every host name is served
 * (no ORIGIN): then the second organisation has its own address; null when one public address is set.
 */
export function demoLoginsText(port: number | null = null): string {
	const solbacka = port === null ? '' : `http://localhost:${port}`;
	const norrvik = port === null ? '(its own address)' : `http://${NORRVIK.host}:${port}`;
	const rows = [
		...DEMO_LOGINS.map((l) => [l.email, ROLE_NAMES[l.role], `${solbacka}/logga-in`]),
		[DEMO_PLATFORM_ADMIN.email, 'platform admin, two steps', `${solbacka}/logga-in`],
		[NORRVIK.login.email, `${NORRVIK.organisation.name} admin, two steps`, `${norrvik}/logga-in`]
	];
	const width = Math.max(...rows.map((r) => r[0].length));
	const roleWidth = Math.max(...rows.map((r) => r[1].length));
	return [
		`Demo logins (password for all: ${DEMO_PASSWORD}):`,
		...rows.map(([email, role, where]) => `  ${email.padEnd(width)}  ${role.padEnd(roleWidth)}  ${where}`),
		`Two-step sign-in code: npx medskapa totp-code (or add the secret ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app).`,
		`Follow a perspective all the way to its decision: ${solbacka}/kvitto/${DEMO_RECEIPT}`,
		`A remark passed on to the police and answered: ${solbacka}/kvitto/${DEMO_ROUTED_RECEIPT}`
	].join('\n');
}
