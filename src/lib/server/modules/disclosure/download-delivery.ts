/**
 * @module The decided delivery as a file: the PDF (decision letter, then the records with their masked parts
 * marked; a refusal gives the refusal letter alone) or the CSV (one row per field of each record). Rendered from the
 * frozen delivery, so every download is the same; each download is audited.
 */
import type { Actor } from '../../../domain/access/can';
import { segmentsToText } from '../../../domain/disclosure/masking';
import { err, ok, type Result } from '../../../kernel/result';
import { toCsv } from '../../export/csv';
import { renderDisclosurePdf } from '../../render/disclosure-pdf';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { auditAs } from '../records/queries/audit';
import type { Delivery } from '../../../domain/disclosure/delivery';
import { findRequest } from './queries/disclosure';

export type DeliveryFormat = 'pdf' | 'csv';

/** The delivery as CSV: reference, record, process, date, field, masked text. */
export function deliveryCsv(d: Delivery): string {
	return toCsv({
		columns: ['Ärende', 'Handling', 'Typ', 'Process', 'Datum', 'Fält', 'Innehåll'],
		rows: d.records.flatMap((r, i) =>
			r.fields.map((f) => [
				d.reference,
				i + 1,
				r.heading,
				r.processTitle ?? '',
				r.date,
				f.label,
				segmentsToText(f.segments)
			])
		)
	});
}

export async function downloadDelivery(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	format: DeliveryFormat
): Promise<Result<{ filename: string; contentType: string; body: Uint8Array }, UseCaseError>> {
	if (!authorize(actor, 'disclosure.handle').ok || actor.kind !== 'staff') return refused();
	const request = await findRequest(ctx.db, actor.organisationId, id);
	if (!request) return err({ code: 'not_found' });
	const delivery = request.delivery as Delivery | null;
	if (request.status !== 'decided' || !delivery) return err({ code: 'conflict', reason: 'not_decided' });
	// A refusal hands out no records: its one file is the refusal letter (PDF).
	if (format === 'csv' && delivery.outcome === 'refusal') return err({ code: 'not_found' });
	const body =
		format === 'pdf'
			? new Uint8Array(await renderDisclosurePdf(delivery))
			: new TextEncoder().encode(deliveryCsv(delivery));
	const now = ctx.now();
	await ctx.db.transaction((tx) =>
		auditAs(ctx, actor, now)(tx, 'disclosure.downloaded', 'disclosure_request', request.id, {
			format,
			bytes: body.length
		})
	);
	const name = delivery.reference.toLowerCase();
	return ok({
		filename: format === 'pdf' ? `${name}.pdf` : `${name}.csv`,
		contentType: format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
		body
	});
}
