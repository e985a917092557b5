/**
 * @module Registration (diarieföring). The organisation's format (`KS {year}/{n}`) and next number are set by
 * its admin at `/hantera/diarium`; staff register a process with *Diarieför* on its page: the process becomes
 * a case with the next number (`KS 2026/123`) and its key records existing then (plan, published perspective
 * report, each decision's memo declaration, each published decision) are numbered within it
 * (`KS 2026/123-1` …). Registering again later adds the records made since. A register export (CSV) and the
 * API (`/api/v1/registrations?since=`) let a records system read new records and their numbers.
 */
import type { Actor } from '../../../domain/access/can';
import {
	checkFormat,
	DEFAULT_REGISTRATION_FORMAT,
	formatNumber,
	nextSequence,
	recordNumber,
	recordsToRegister,
	takeNumber,
	type KeyRecord,
	type RecordKind
} from '../../../domain/registration/number';
import { translator } from '../../../i18n/index';
import { err, ok, type Result } from '../../../kernel/result';
import { registrationSettingsSchema } from '../../../schemas/accessibility-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { allows, authorize, permissions, refused } from '../gate';
import { findProcessBySlug } from '../process/queries/processes';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import {
	findKeyRecords,
	findSettings,
	insertRegistration,
	listProcessRegistrations,
	listRegister,
	lockSettings,
	saveSettings,
	type RegisterEntry,
	type RegistrationSettings
} from './queries/registration';

const defaults = (year: number): RegistrationSettings => ({
	format: DEFAULT_REGISTRATION_FORMAT,
	nextNumber: 1,
	counterYear: year
});

/** How a record is named in the register (Swedish: the register is the organisation's record). */
function titleOf(record: KeyRecord, processTitle: string): string {
	const t = translator('sv');
	const decision = record.decision
		? { body: record.decision.body, date: record.decision.decidedOn }
		: { body: '', date: '' };
	switch (record.kind) {
		case 'case':
			return processTitle;
		case 'plan':
			return t('registration.record.plan');
		case 'report':
			return t('registration.record.report');
		case 'decision':
			return t('registration.record.decision', decision);
		case 'declaration':
			return t('registration.record.declaration', decision);
	}
}

/** The register page: the settings, every registration, and what the viewer may do. */
export async function loadRegister(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'registration.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const settings = (await findSettings(ctx.db, actor.organisationId)) ?? defaults(ctx.now().getUTCFullYear());
	const year = ctx.now().getUTCFullYear();
	return ok({
		settings: {
			format: settings.format,
			nextNumber: String(takeNumber(settings.format, settings, year).n)
		},
		example: formatNumber(settings.format, year, takeNumber(settings.format, settings, year).n),
		entries: await listRegister(ctx.db, actor.organisationId),
		permissions: permissions(actor, ['registration.configure'])
	});
}

export async function saveRegistrationSettings(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<RegistrationSettings, UseCaseError>> {
	const gate = authorize(actor, 'registration.configure');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const parsed = registrationSettingsSchema.safeParse(raw);
	const formatError = parsed.success ? checkFormat(parsed.data.format) : null;
	if (!parsed.success || formatError)
		return err({
			code: 'invalid',
			fields: parsed.success ? [{ field: 'format', message: formatError! }] : zodFieldErrors(parsed.error)
		});
	const now = ctx.now();
	const settings = {
		format: parsed.data.format,
		nextNumber: parsed.data.nextNumber,
		counterYear: now.getUTCFullYear()
	};
	await ctx.db.transaction(async (tx) => {
		await saveSettings(tx, actor.organisationId, settings, now);
		await auditAs(ctx, actor, now)(tx, 'registration.configured', 'organisation', actor.organisationId, {
			format: settings.format,
			nextNumber: settings.nextNumber
		});
	});
	return ok(settings);
}

/** Registers the process (if not yet) and its key records not yet registered; the numbers given, in order. */
export async function registerProcess(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<{ numbers: string[] }, UseCaseError>> {
	const gate = authorize(actor, 'registration.register');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const process = await findProcessBySlug(ctx.db, actor.organisationId, slug);
	if (!process) return err({ code: 'not_found' });
	const now = ctx.now();
	const numbers = await ctx.db.transaction(async (tx) => {
		const registered = await listProcessRegistrations(tx, process.id);
		const records = await findKeyRecords(tx, process.id);
		const todo = recordsToRegister(
			process.id,
			{ plan: records.hasPlan, report: records.reportPublishedAt !== null, decisions: records.decisions },
			registered
		);
		if (todo.length === 0) return [];
		let caseNumber = registered.find((r) => r.kind === 'case')?.number ?? null;
		const taken = registered.map((r) => r.number);
		const given: string[] = [];
		for (const record of todo) {
			let number: string;
			if (record.kind === 'case') {
				const year = now.getUTCFullYear();
				const current = (await lockSettings(tx, actor.organisationId)) ?? defaults(year);
				const next = takeNumber(current.format, current, year);
				await saveSettings(tx, actor.organisationId, { format: current.format, ...next.counter }, now);
				number = caseNumber = formatNumber(current.format, year, next.n);
			} else {
				number = recordNumber(caseNumber!, nextSequence(caseNumber!, taken));
			}
			taken.push(number);
			given.push(number);
			await insertRegistration(tx, {
				id: ctx.newId(),
				organisationId: actor.organisationId,
				processId: process.id,
				kind: record.kind,
				recordId: record.recordId,
				number,
				title: titleOf(record, process.title),
				registeredAt: now,
				registeredByUserId: actor.userId
			});
		}
		await auditAs(ctx, actor, now)(tx, 'registration.registered', 'process', process.id, {
			numbers: given,
			kinds: todo.map((r) => r.kind)
		});
		return given;
	});
	return ok({ numbers });
}

/** The process page's register box: its numbers, how many key records wait, and whether the viewer may register. */
export async function loadProcessRegistration(ctx: UseCaseContext, actor: Actor, slug: string) {
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	if (!allows(actor, 'registration.view')) return ok(null);
	const process = await findProcessBySlug(ctx.db, actor.organisationId, slug);
	if (!process) return err({ code: 'not_found' as const });
	const [registered, records] = await Promise.all([
		listProcessRegistrations(ctx.db, process.id),
		findKeyRecords(ctx.db, process.id)
	]);
	const waiting = recordsToRegister(
		process.id,
		{ plan: records.hasPlan, report: records.reportPublishedAt !== null, decisions: records.decisions },
		registered
	);
	return ok({
		entries: registered.map((r) => ({ kind: r.kind, number: r.number, title: r.title, registeredAt: r.registeredAt })),
		waiting: waiting.length,
		canRegister: allows(actor, 'registration.register')
	});
}

/**
 * The numbers of a published process's public records, for its public pages: the case, the plan, the report
 * and published decisions (by id). Registration numbers of public records are public; nothing else is read.
 */
export async function loadPublicRegistrations(
	ctx: UseCaseContext,
	site: { organisationId: string | null },
	slug: string
): Promise<{ case: string | null; plan: string | null; report: string | null; decisions: Record<string, string> }> {
	const none = { case: null, plan: null, report: null, decisions: {} };
	if (!site.organisationId) return none;
	const process = await findProcessBySlug(ctx.db, site.organisationId, slug);
	if (!process || !process.isPublished) return none;
	const registered = await listProcessRegistrations(ctx.db, process.id);
	const of = (kind: RecordKind) => registered.find((r) => r.kind === kind)?.number ?? null;
	return {
		case: of('case'),
		plan: of('plan'),
		report: of('report'),
		decisions: Object.fromEntries(registered.filter((r) => r.kind === 'decision').map((r) => [r.recordId, r.number]))
	};
}

export type RegistrationApiEntry = {
	number: string;
	kind: RecordKind;
	title: string;
	recordId: string;
	process: { slug: string; title: string };
	registeredAt: string;
};

/** The API for a records system (`registration.view`): registrations after `since`, oldest first. */
export async function readRegistrationsSince(
	ctx: UseCaseContext,
	actor: Actor,
	since: Date | null
): Promise<Result<{ registrations: RegistrationApiEntry[] }, UseCaseError | { code: 'unauthenticated' }>> {
	if (actor.kind === 'anonymous') return err({ code: 'unauthenticated' });
	const gate = authorize(actor, 'registration.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const entries = await listRegister(ctx.db, actor.organisationId, { since: since ?? undefined, limit: 1000 });
	return ok({ registrations: entries.map(toApi) });
}

const toApi = (e: RegisterEntry): RegistrationApiEntry => ({
	number: e.number,
	kind: e.kind,
	title: e.title,
	recordId: e.recordId,
	process: e.process,
	registeredAt: e.registeredAt.toISOString()
});

/** Which of the records desk's pages the viewer may open (links on `/hantera`). */
export function recordsDeskLinks(actor: Actor) {
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	return ok(permissions(actor, ['accessibility.edit', 'accessibility.reports', 'registration.view']));
}
