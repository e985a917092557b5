/**
 * @module The register export: every registration of the organisation as CSV with Swedish headings (number,
 * record, kind, process, date in Swedish time), for staff with `registration.view`; each download audited.
 */
import type { Actor } from '../../../domain/access/can';
import { translator, type MessageKey } from '../../../i18n/index';
import { ok, type Result } from '../../../kernel/result';
import { toCsv } from '../../export/csv';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { auditAs } from '../records/queries/audit';
import { listRegister } from './queries/registration';

const swedishTime = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

export async function exportRegister(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ body: Uint8Array; filename: string; contentType: string }, UseCaseError>> {
	const gate = authorize(actor, 'registration.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const t = translator('sv');
	const now = ctx.now();
	const entries = await ctx.db.transaction(async (tx) => {
		const list = await listRegister(tx, actor.organisationId);
		await auditAs(ctx, actor, now)(tx, 'registration.exported', 'organisation', actor.organisationId, {
			rows: list.length
		});
		return list;
	});
	const csv = toCsv({
		columns: ['Diarienummer', 'Handling', 'Typ', 'Dialog', 'Registrerad'],
		rows: entries.map((e) => [
			e.number,
			e.title,
			t(`registration.kind.${e.kind}` as MessageKey),
			e.process.title,
			swedishTime.format(e.registeredAt)
		])
	});
	return ok({
		body: new TextEncoder().encode(csv),
		filename: `diarium-${now.toISOString().slice(0, 10)}.csv`,
		contentType: 'text/csv; charset=utf-8'
	});
}
