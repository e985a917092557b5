/**
 * @module The demo's register: Solbacka numbers its cases `KS {year}/{n}`, and *Trygg Storgatan* is registered
 * as case 123 of this year with its key records numbered within it (`KS 2026/123-1` …). The next dialogue
 * registered gets 124.
 */
import type { Tx } from '../db/client';
import { formatNumber, recordNumber, recordsToRegister } from '../../domain/registration/number';
import { translator } from '../../i18n/index';
import { findKeyRecords, insertRegistration, saveSettings } from '../modules/registration/queries/registration';

export const DEMO_REGISTRATION = { format: 'KS {year}/{n}', caseNumber: 123 };

export async function seedDemoRegistration(
	tx: Tx,
	ctx: {
		organisationId: string;
		process: { id: string; title: string };
		userId: string | null;
		now: Date;
		newId: () => string;
	}
): Promise<void> {
	const year = ctx.now.getUTCFullYear();
	const { format, caseNumber } = DEMO_REGISTRATION;
	await saveSettings(tx, ctx.organisationId, { format, nextNumber: caseNumber + 1, counterYear: year }, ctx.now);
	const records = await findKeyRecords(tx, ctx.process.id);
	const todo = recordsToRegister(
		ctx.process.id,
		{ plan: records.hasPlan, report: records.reportPublishedAt !== null, decisions: records.decisions },
		[]
	);
	const t = translator('sv');
	const number = formatNumber(format, year, caseNumber);
	let sequence = 0;
	for (const record of todo) {
		const decision = record.decision
			? { body: record.decision.body, date: record.decision.decidedOn }
			: { body: '', date: '' };
		await insertRegistration(tx, {
			id: ctx.newId(),
			organisationId: ctx.organisationId,
			processId: ctx.process.id,
			kind: record.kind,
			recordId: record.recordId,
			number: record.kind === 'case' ? number : recordNumber(number, ++sequence),
			title: record.kind === 'case' ? ctx.process.title : t(`registration.record.${record.kind}`, decision),
			registeredAt: ctx.now,
			registeredByUserId: ctx.userId
		});
	}
}
