import { DEMO_LOGINS, DEMO_PASSWORD } from '../../lib/server/seed/demo';

export function demoLoginsText(): string {
	return [
		'Demo logins (password for all: ' + DEMO_PASSWORD + '):',
		...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(34)} ${l.role}`)
	].join('\n');
}
