import { DEMO_LOGINS, DEMO_PASSWORD } from '../../lib/server/seed/demo';
import { DEMO_RECEIPT } from '../../lib/server/seed/demo-outcomes';

export function demoLoginsText(): string {
	return [
		'Demo logins (password for all: ' + DEMO_PASSWORD + '):',
		...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(34)} ${l.role}`),
		`Demo receipt code (follow a perspective from the park dialogue to decision and implementation): ${DEMO_RECEIPT} → /kvitto/${DEMO_RECEIPT}`
	].join('\n');
}
