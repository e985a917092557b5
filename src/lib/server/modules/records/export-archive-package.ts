/**
 * @module Export one process as an archive package: as a ZIP for a signed-in facilitator or admin, or as a
 * folder from the `medskapa export-archive` command (run by whoever runs the server, so no staff actor).
 * Read in one transaction that also writes the audit event: which process, how many files, never content.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import type { Db } from '../../db/client';
import { auditAs } from './queries/audit';
import {
	findDefaultOrganisation,
	findOrganisationById,
	findOrganisationBySlug
} from '../identity/queries/organisations';
import { findProcessBySlug } from '../process/queries/processes';
import { buildArchivePackage, type ArchivePackage } from '../../export/archive/archive-package';
import { writeZip } from '../../export/zip';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export async function downloadArchivePackage(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	publicUrl: string
): Promise<Result<{ filename: string; body: Uint8Array }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'export.download', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const organisation = await findOrganisationById(ctx.db, staff.organisationId);
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const pkg = await buildArchivePackage(tx as unknown as Db, {
			process,
			organisation: organisation?.name ?? '',
			now,
			publicUrl,
			packageEventId: ctx.newId()
		});
		const body = writeZip(pkg.files.map((f) => ({ ...f, modified: now })));
		await auditAs(ctx, staff, now)(tx, 'export.archived', 'process', process.id, {
			format: 'zip',
			files: pkg.summary.files,
			bytes: body.length
		});
		return ok({ filename: `arkivpaket-${process.slug}.zip`, body });
	});
}

export type CliArchiveError = { code: 'no_organisation' } | { code: 'not_found' };

/** For the command line: the process by slug in the given organisation (or the installation's first one). */
export async function archiveProcessFromCli(
	ctx: UseCaseContext,
	target: { organisation?: string; slug: string; publicUrl: string }
): Promise<Result<ArchivePackage, CliArchiveError>> {
	const organisation = target.organisation
		? await findOrganisationBySlug(ctx.db, target.organisation)
		: await findDefaultOrganisation(ctx.db);
	if (!organisation) return err({ code: 'no_organisation' });
	const process = await findProcessBySlug(ctx.db, organisation.id, target.slug);
	if (!process) return err({ code: 'not_found' });
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const pkg = await buildArchivePackage(tx as unknown as Db, {
			process,
			organisation: organisation.name,
			now,
			publicUrl: target.publicUrl,
			packageEventId: ctx.newId()
		});
		await auditAs(ctx, { organisationId: organisation.id, userId: null }, now)(
			tx,
			'export.archived',
			'process',
			process.id,
			{ format: 'folder', via: 'cli', files: pkg.summary.files, bytes: pkg.summary.bytes }
		);
		return ok(pkg);
	});
}
