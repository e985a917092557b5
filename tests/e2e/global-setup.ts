import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startMailbox } from './mailbox';
import { startServer, stopServer, type RunningServer } from './server';

let server: RunningServer | undefined;
let mailbox: { close: () => Promise<void> } | undefined;
let mailDir: string | undefined;

export async function setup(project: TestProject) {
	mailDir = mkdtempSync(join(tmpdir(), 'medskapa-mail-'));
	const mailboxFile = join(mailDir, 'mailbox.jsonl');
	const smtp = await startMailbox(mailboxFile);
	mailbox = smtp;
	// The journeys send many perspectives from one address; the limits themselves are tested in security.e2e.ts.
	server = await startServer({
		env: {
			SMTP_URL: smtp.url,
			MAIL_FROM: 'Solbacka kommun <dialog@solbacka.example>',
			RATE_LIMIT_SUBMISSIONS: '1000',
			RATE_LIMIT_SIGN_IN: '100'
		}
	});
	project.provide('baseURL', server.url);
	project.provide('dataDir', server.dataDir);
	project.provide('mailboxFile', mailboxFile);
}

export async function teardown() {
	if (server) {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	}
	await mailbox?.close();
	if (mailDir) rmSync(mailDir, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		dataDir: string;
		mailboxFile: string;
	}
}
