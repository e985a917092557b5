import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/client';
import type { UseCaseContext } from './modules/context';
import { loadPlan } from './modules/planning/load-plan';
import { renderPlanPdf } from './plan-pdf';
import { seedDemoPlan } from './seed/demo-plan';
import { createTestDatabase, testDatabaseKinds } from './testing/databases';
import { makeMethods, makeOrganisation, makeProcess } from './testing/factories';
import { pdfFonts, pdfPlainText } from './testing/pdf-text';

describe.each(testDatabaseKinds())('the dialogue plan as a PDF on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	const clock = new Date('2026-11-22T09:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
	});
	afterAll(async () => database?.close());

	it('writes the demo plan, and a question in Ukrainian and Arabic, in embedded Unicode fonts', async () => {
		const organisationId = (await makeOrganisation(ctx)).id;
		await makeMethods(ctx, organisationId);
		const process = await makeProcess(ctx, organisationId, {
			title: 'Зустрічі в селі',
			question: 'كيف نريد أن نعيش معا في القرية؟',
			phase: 'preparation'
		});
		await database.db.transaction((tx) => seedDemoPlan(tx, process.id, clock, ctx.newId));
		const pdf = await renderPlanPdf(process, await loadPlan(database.db, process), 'sv', clock);
		const text = pdfPlainText(pdf).replace(/\s*([^\p{L}\p{M}\p{N}\s])\s*/gu, '$1');
		expect(text).toContain('Зустрічі в селі');
		expect(text).toContain('كيف نريد أن نعيش معا في القرية؟');
		expect(text).toContain('Samhällsbyggnadsnämnden');
		expect(pdfFonts(pdf).every((f) => f.embedded && f.name.startsWith('Noto'))).toBe(true);
	});
});
