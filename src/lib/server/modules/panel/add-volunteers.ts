/**
 * @module Volunteers join a panel's pool: imported by the facilitator from a CSV or XLSX file (every row
 * checked first; either all rows are added or none), or signing up themselves through the public interest
 * form with explicit consent (recorded with time and text version). Names and contact details go to their
 * own table; the pool only holds a pseudonymous code and the answers.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../domain/access/can';
import { CONSENT_VERSION, IMPORT_CONSENT_VERSION, matchValue } from '../../../domain/panel/panel';
import {
	EMAIL_PATTERN,
	normaliseAddress,
	normaliseEmail,
	parseDelimited,
	PHONE_PATTERN,
	readVolunteerRows,
	volunteerCode,
	type ImportRowError,
	type VolunteerInput
} from '../../../domain/panel/volunteers';
import { err, ok, type Result } from '../../../kernel/result';
import type { Tx } from '../../db/client';
import { auditAs } from '../records/queries/audit';
import {
	countPool,
	findCurrentDraw,
	findPanel,
	insertVolunteers,
	listPoolEmailsForContacts,
	lockPanel
} from './queries/panels';
import { findProcessBySlug } from '../process/queries/processes';
import { UPLOAD_MAX_BYTES } from '../../config';
import { checkUpload, type Upload } from '../../security/uploads';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { loadPanelFor, type PanelError } from './manage-panel';

export type ImportError = PanelError | { code: 'rows'; errors: ImportRowError[] };

const householdKey = (address: string | null) =>
	address ? createHash('sha256').update(normaliseAddress(address)).digest('hex').slice(0, 32) : null;

/** Rows of the first worksheet of an XLSX file, as the cells' shown text. */
async function readXlsx(bytes: Uint8Array): Promise<string[][] | null> {
	try {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		if (!sheet) return [];
		const rows: string[][] = [];
		sheet.eachRow({ includeEmpty: false }, (row) => {
			const cells: string[] = [];
			for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
			rows.push(cells);
		});
		return rows;
	} catch {
		return null;
	}
}

async function addVolunteers(
	tx: Tx,
	ctx: UseCaseContext,
	panelId: string,
	volunteers: VolunteerInput[],
	how: { source: 'import' | 'form'; consentVersion: string; userId: string | null; now: Date }
): Promise<string[]> {
	await lockPanel(tx, panelId);
	let n = await countPool(tx, panelId);
	const rows = volunteers.map((v) => ({
		volunteer: {
			id: ctx.newId(),
			code: volunteerCode(++n),
			values: v.values,
			householdKey: householdKey(v.address),
			source: how.source,
			createdAt: how.now
		},
		contact: {
			name: v.name,
			email: v.email,
			phone: v.phone,
			address: v.address,
			consentedAt: how.now,
			consentVersion: how.consentVersion,
			importedByUserId: how.userId
		}
	}));
	await insertVolunteers(tx, panelId, rows);
	const ids = rows.map((r) => r.volunteer.id);
	return ids;
}

/**
 * `maxBytes` is the installation's upload limit (see config). The file is taken for what its bytes are: an
 * XLSX workbook (a ZIP) or UTF-8 text read as CSV; anything else is refused with what to do.
 */
export async function importVolunteers(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	file: Upload | null,
	maxBytes = UPLOAD_MAX_BYTES
): Promise<Result<{ added: number }, ImportError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	const invalid = (message: string) => err({ code: 'invalid' as const, fields: [{ field: 'file', message }] });
	if (!file || file.bytes.length === 0) return invalid('error.panel.import.file');
	const checked = checkUpload(file, ['csv', 'xlsx'], maxBytes);
	if (!checked.ok) return err({ code: 'invalid', fields: [checked.error] });
	if ((await findCurrentDraw(ctx.db, panel.id))?.status === 'drawn') return err({ code: 'already_drawn' });
	const rows =
		checked.kind === 'xlsx' ? await readXlsx(file.bytes) : parseDelimited(new TextDecoder('utf-8').decode(file.bytes));
	if (rows === null) return invalid('error.panel.import.format');
	const read = readVolunteerRows(rows, panel.features, await listPoolEmailsForContacts(ctx.db, panel.id));
	if (!read.ok) return err({ code: 'rows', errors: read.errors });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await addVolunteers(tx, ctx, panel.id, read.volunteers, {
			source: 'import',
			consentVersion: IMPORT_CONSENT_VERSION,
			userId: staff.userId,
			now
		});
		// The audit names the file and the count, never the people.
		await auditAs(ctx, staff, now)(tx, 'panel.volunteersImported', 'panel', panel.id, {
			file: file.name.slice(0, 120),
			added: read.volunteers.length
		});
	});
	return ok({ added: read.volunteers.length });
}

export type SignUpError = UseCaseError | { code: 'closed' };

/**
 * A resident signs up through the interest form. The same email twice is accepted without a second entry
 * (the answer does not reveal whether an address is already in the pool).
 */
export async function signUpVolunteer(
	ctx: UseCaseContext,
	target: { organisationId: string; slug: string },
	raw: unknown
): Promise<Result<{ added: boolean }, SignUpError>> {
	const process = await findProcessBySlug(ctx.db, target.organisationId, target.slug);
	if (!process || !process.isPublished) return err({ code: 'not_found' });
	const panel = await findPanel(ctx.db, process.id);
	if (!panel) return err({ code: 'not_found' });
	if (!panel.isRecruiting || (await findCurrentDraw(ctx.db, panel.id))?.status === 'drawn')
		return err({ code: 'closed' });
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string).trim() : '');
	const answers = (input.values && typeof input.values === 'object' ? input.values : {}) as Record<string, unknown>;
	const fields: FieldError[] = [];
	const name = text('name').replace(/\s+/g, ' ');
	if (!name || name.length > 200) fields.push({ field: 'name', message: 'error.panel.signup.name' });
	const email = text('email');
	if (!EMAIL_PATTERN.test(email) || email.length > 320)
		fields.push({ field: 'email', message: 'error.panel.signup.email' });
	const phone = text('phone');
	if (phone && !PHONE_PATTERN.test(phone)) fields.push({ field: 'phone', message: 'error.panel.signup.phone' });
	const address = panel.householdCheck ? text('address') : '';
	if (panel.householdCheck && (!address || address.length > 200))
		fields.push({ field: 'address', message: 'error.panel.signup.address' });
	const values: Record<string, string> = {};
	for (const f of panel.features) {
		const value = matchValue(f, typeof answers[f.key] === 'string' ? (answers[f.key] as string) : '');
		if (!value) fields.push({ field: `values-${f.key}`, message: 'error.panel.signup.choose' });
		else values[f.key] = value.key;
	}
	if (text('consent') !== 'yes') fields.push({ field: 'consent', message: 'error.panel.signup.consent' });
	if (fields.length > 0) return err({ code: 'invalid', fields });
	if ((await listPoolEmailsForContacts(ctx.db, panel.id)).has(normaliseEmail(email))) return ok({ added: false });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		const [id] = await addVolunteers(
			tx,
			ctx,
			panel.id,
			[{ name, email, phone: phone || null, address: address || null, values }],
			{ source: 'form', consentVersion: CONSENT_VERSION, userId: null, now }
		);
		await auditAs(ctx, { organisationId: target.organisationId, userId: null }, now)(
			tx,
			'panel.volunteerSignedUp',
			'panel_volunteer',
			id,
			{ consentVersion: CONSENT_VERSION }
		);
	});
	return ok({ added: true });
}
