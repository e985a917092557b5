/**
 * @module What the staff panel pages show: the panel with its volunteers and retention, the quotas against the
 * pool and the population, and the invitations with names and contact details. Reads: each asks the gate first;
 * names and contact details only for those who may see them (`panel.contacts`).
 */
import type { Actor } from '../../../domain/access/can';
import { countByValue } from '../../../domain/panel/draw';
import { quotaOf } from '../../../domain/panel/panel';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { permissions } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { loadProcessFor } from '../process/load-process-for-staff';
import { assessFeasibility } from './draw-panel';
import { describePanelRetention } from './forget-panel-volunteers';
import { loadPanelFor } from './manage-panel';
import { findCurrentDraw, findPanel, listInvitations, listPool, readVolunteerContacts } from './queries/panels';

const panelPermissions = (actor: Actor, organisationId: string) =>
	permissions(actor, ['panel.manage', 'panel.contacts'], { organisationId });

/** The panel page: the panel (if any), its volunteers counted by source and by value, the draw's status. */
export async function loadPanelOverview(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'panel.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const panel = await findPanel(ctx.db, process.id);
	const pool = panel ? await listPool(ctx.db, panel.id) : [];
	const draw = panel ? await findCurrentDraw(ctx.db, panel.id) : null;
	const organisation = panel ? await findOrganisationById(ctx.db, process.organisationId) : null;
	return ok({
		process,
		panel,
		volunteers: {
			total: pool.length,
			fromForm: pool.filter((p) => p.source === 'form').length,
			fromImport: pool.filter((p) => p.source === 'import').length
		},
		counts: panel ? countByValue(panel.features, pool) : {},
		drawStatus: draw?.status ?? null,
		retention:
			panel && organisation
				? await describePanelRetention(ctx, process, panel, organisation.contactRetentionDays)
				: null,
		permissions: panelPermissions(actor, process.organisationId)
	});
}

/** The quotas page: each value's quota, volunteers and population share, and whether the quotas can be met. */
export async function loadQuotasPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.view');
	if (!loaded.ok) return loaded;
	const { process, panel } = loaded.value;
	const pool = await listPool(ctx.db, panel.id);
	const ageBand = process.population.ageBand;
	const ageTotal = ageBand ? Object.values(ageBand).reduce((s, n) => s + n, 0) : 0;
	return ok({
		process,
		panel,
		rows: panel.features.map((f) => ({
			feature: f,
			values: f.values.map((v) => ({
				...v,
				quota: quotaOf(panel.quotas, f.key, v.key, panel.size),
				volunteers: countByValue([f], pool)[f.key][v.key],
				populationShare: f.population === 'ageBand' && ageBand && ageTotal > 0 ? (ageBand[v.key] ?? 0) / ageTotal : null
			}))
		})),
		volunteers: pool.length,
		feasibility: await assessFeasibility(panel, pool),
		isDrawn: (await findCurrentDraw(ctx.db, panel.id))?.status === 'drawn',
		permissions: panelPermissions(actor, process.organisationId)
	});
}

/** The invitations page: the drawn members and reserves with names, contact details and invitation status. */
export async function loadInvitationsPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	// Names and contact details: only for those who run the process.
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.contacts');
	if (!loaded.ok) return loaded;
	const { process, panel } = loaded.value;
	const draw = await findCurrentDraw(ctx.db, panel.id);
	const outcome = draw?.status === 'drawn' ? draw.outcome : null;
	const pool = await listPool(ctx.db, panel.id);
	const byCode = new Map(pool.map((p) => [p.code, p]));
	const invitations = draw ? await listInvitations(ctx.db, draw.id) : [];
	const codes = outcome ? [...outcome.selected, ...outcome.reserves] : [];
	const contacts = await readVolunteerContacts(ctx.db, codes.map((c) => byCode.get(c)?.id ?? '').filter(Boolean));
	const person = (code: string, role: 'member' | 'reserve', place: number) => {
		const v = byCode.get(code)!;
		const invitation = invitations.find((i) => i.volunteerId === v.id);
		const contact = contacts.get(v.id);
		return {
			code,
			role,
			place,
			// Null once removed under the retention rule (forget-panel-volunteers.ts).
			name: contact?.name ?? null,
			email: contact?.email ?? '',
			phone: contact?.phone ?? '',
			status: invitation?.status ?? null,
			invitationId: invitation?.id ?? null,
			canReplace:
				invitation?.status === 'declined' && !invitations.some((i) => i.replacesInvitationId === invitation.id)
		};
	};
	return ok({
		process,
		panel,
		isDrawn: Boolean(outcome),
		members: outcome ? outcome.selected.map((c, i) => person(c, 'member', i + 1)) : [],
		reserves: outcome ? outcome.reserves.map((c, i) => person(c, 'reserve', i + 1)) : [],
		hasSent: invitations.some((i) => i.role === 'member')
	});
}
