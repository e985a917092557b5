/**
 * @module The demo's register: Solbacka numbers its cases `KS {year}/{n}`. The park dialogue is case 122 with its
 * key records (plan, report, memo declaration, decision) numbered within it (`KS 2026/122-1` …); *Trygg
 * Storgatan*, still collecting, is case 123 (its report is registered when published). The next gets 124.
 */
import type { Tx } from '../db/client';
import { formatNumber, recordNumber, recordsToRegister } from '../../domain/registration/number';
import { translator } from '../../i18n/index';
import { findKeyRecords, insertRegistration, saveSettings } from '../modules/registration/queries/registration';

export const DEMO_REGISTRATION = { format: 'KS {year}/{n}', nextNumber: 124 };

type SeedContext = { organisationId: string; userId: string | null; now: Date; newId: () => string };

export async function seedDemoRegistration(
	tx: Tx,
	ctx: SeedContext & { cases: { process: { id: string; title: string }; caseNumber: number }[] }
): Promise<void> {
	const year = ctx.now.getUTCFullYear();
	const { format, nextNumber } = DEMO_REGISTRATION;
	await saveSettings(tx, ctx.organisationId, { format, nextNumber, counterYear: year }, ctx.now);
	for (const c of ctx.cases) await registerCase(tx, ctx, c.process, formatNumber(format, year, c.caseNumber));
}

async function registerCase(
	tx: Tx,
	ctx: SeedContext,
	process: { id: string; title: string },
	caseNumber: string
): Promise<void> {
	const records = await findKeyRecords(tx, process.id);
	const todo = recordsToRegister(
		process.id,
		{ plan: records.hasPlan, report: records.reportPublishedAt !== null, decisions: records.decisions },
		[]
	);
	const t = translator('sv');
	let sequence = 0;
	for (const record of todo) {
		const decision = record.decision
			? { body: record.decision.body, date: record.decision.decidedOn }
			: { body: '', date: '' };
		await insertRegistration(tx, {
			id: ctx.newId(),
			organisationId: ctx.organisationId,
			processId: process.id,
			kind: record.kind,
			recordId: record.recordId,
			number: record.kind === 'case' ? caseNumber : recordNumber(caseNumber, ++sequence),
			title: record.kind === 'case' ? process.title : t(`registration.record.${record.kind}`, decision),
			registeredAt: ctx.now,
			registeredByUserId: ctx.userId
		});
	}
}
