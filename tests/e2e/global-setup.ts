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
	server = await startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Solbacka kommun <dialog@solbacka.example>' } });
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
