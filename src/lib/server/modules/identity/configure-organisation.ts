/**
 * @module The organisation admin sets the organisation's name, contact (phone, email, visiting address),
 * data-protection contact, retention period,
 * records policy and look (colour and logo). Every change is audited with the fields changed; the request
 * cache of organisations is cleared so the next page shows it.
 */
import { authorize, refused } from '../gate';
import { z } from 'zod';
import { can, type Actor } from '../../../domain/access/can';
import { checkBrandColour, logoTypeOf, MAX_LOGO_BYTES } from '../../../domain/organisation/look';
import { RECORDS_POLICIES } from '../../../domain/privacy/privacy';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import {
	findOrganisationById,
	saveOrganisationLogo,
	saveOrganisationSettings,
	type OrganisationSettings
} from './queries/organisations';
import { tooLarge, type Upload } from '../../security/uploads';
import { forgetOrganisations } from '../../tenancy';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

const settingsSchema = z.object({
	name: z.string().trim().min(2, 'error.organisation.name').max(120, 'error.organisation.name'),
	privacyContact: z
		.string()
		.trim()
		.min(3, 'error.organisation.privacyContact')
		.max(300, 'error.organisation.privacyContact'),
	contactRetentionDays: z.coerce
		.number({ message: 'error.organisation.retention' })
		.int('error.organisation.retention')
		.min(1, 'error.organisation.retention')
		.max(3650, 'error.organisation.retention'),
	recordsPolicy: z.enum(RECORDS_POLICIES, { message: 'error.organisation.recordsPolicy' }),
	// How residents reach the organisation (every public page's footer); each may be left empty.
	contactPhone: z
		.string()
		.trim()
		.max(40, 'error.organisation.contactPhone')
		.regex(/^(\+?[0-9][0-9 ()-]{4,38})?$/, 'error.organisation.contactPhone')
		.default(''),
	contactEmail: z
		.string()
		.trim()
		.max(200, 'error.organisation.contactEmail')
		.refine((v) => v === '' || z.string().email().safeParse(v).success, 'error.organisation.contactEmail')
		.default(''),
	visitingAddress: z.string().trim().max(300, 'error.organisation.visitingAddress').default(''),
	/** Left out (an older form, the API): the current answer time stays. */
	answerWorkingDays: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		z.coerce
			.number({ message: 'error.organisation.answerWorkingDays' })
			.int('error.organisation.answerWorkingDays')
			.min(1, 'error.organisation.answerWorkingDays')
			.max(120, 'error.organisation.answerWorkingDays')
			.optional()
	)
});

/** The typed colour: empty means Medskapa's own; a refusal says the contrast it has. */
function brandColourOf(raw: unknown): { ok: true; colour: string | null } | { ok: false; error: FieldError } {
	const typed = (raw as { brandColour?: unknown } | null)?.brandColour;
	const input = typeof typed === 'string' ? typed.trim() : '';
	if (!input) return { ok: true, colour: null };
	const check = checkBrandColour(input);
	if (check.ok) return { ok: true, colour: check.colour };
	return {
		ok: false,
		error: {
			field: 'brandColour',
			message: check.message,
			...(check.ratio ? { params: { ratio: check.ratio.toLocaleString('sv-SE') } } : {})
		}
	};
}

type Admin = Extract<Actor, { kind: 'staff' }>;
const isAdmin = (actor: Actor): actor is Admin => actor.kind === 'staff' && can(actor, 'organisation.configure');

export async function reviseOrganisationSettings(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<OrganisationSettings, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || !isAdmin(actor)) return refused();
	const current = await findOrganisationById(ctx.db, actor.organisationId);
	if (!current) return err({ code: 'not_found' });
	const parsed = settingsSchema.safeParse(raw);
	const colour = brandColourOf(raw);
	if (!parsed.success || !colour.ok)
		return err({
			code: 'invalid',
			fields: [...(parsed.success ? [] : zodFieldErrors(parsed.error)), ...(colour.ok ? [] : [colour.error])]
		});
	const settings: OrganisationSettings = {
		...parsed.data,
		answerWorkingDays: parsed.data.answerWorkingDays ?? current.answerWorkingDays,
		brandColour: colour.colour
	};
	const changed = (Object.keys(settings) as (keyof OrganisationSettings)[]).filter((k) => settings[k] !== current[k]);
	if (changed.length === 0) return ok(settings);
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveOrganisationSettings(tx, current.id, settings);
		await auditAs(ctx, actor, now)(tx, 'organisation.configured', 'organisation', current.id, { changed });
	});
	forgetOrganisations();
	return ok(settings);
}

/** Sets or (with `null`) removes the logo. Only PNG and JPEG by their bytes, at most 200 kB. */
export async function setOrganisationLogo(
	ctx: UseCaseContext,
	actor: Actor,
	upload: Upload | null
): Promise<Result<{ type: string | null }, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || !isAdmin(actor)) return refused();
	let logo: { bytes: Buffer; type: string } | null = null;
	if (upload) {
		if (upload.bytes.length === 0)
			return err({ code: 'invalid', fields: [{ field: 'logo', message: 'error.logo.missing' }] });
		if (upload.bytes.length > MAX_LOGO_BYTES)
			return err({ code: 'invalid', fields: [tooLarge('logo', upload.bytes.length, MAX_LOGO_BYTES)] });
		const type = logoTypeOf(upload.bytes);
		if (!type) return err({ code: 'invalid', fields: [{ field: 'logo', message: 'error.logo.type' }] });
		logo = { bytes: Buffer.from(upload.bytes), type };
	}
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveOrganisationLogo(tx, actor.organisationId, logo);
		await auditAs(ctx, actor, now)(
			tx,
			logo ? 'organisation.logoSet' : 'organisation.logoRemoved',
			'organisation',
			actor.organisationId,
			logo ? { type: logo.type, bytes: logo.bytes.length } : {}
		);
	});
	forgetOrganisations();
	return ok({ type: logo?.type ?? null });
}
