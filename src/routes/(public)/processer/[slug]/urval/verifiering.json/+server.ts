import { error, json } from '@sveltejs/kit';
import { verificationFile } from '$lib/domain/panel/draw';
import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicPanel } from '$lib/server/modules/panel';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { process, panel, drawn } = loaded(
		await loadPublicPanel(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);
	if (!drawn?.lottery || !drawn.outcome || !drawn.drawnAt) error(404, { message: 'Not drawn yet', code: 'not_found' });
	const file = verificationFile({
		process: process.slug,
		panel: panel.name,
		drawnAt: drawn.drawnAt,
		inputs: drawn.inputs,
		lottery: drawn.lottery,
		outcome: drawn.outcome
	});
	return json(file, { headers: { 'content-disposition': `attachment; filename="urval-${process.slug}.json"` } });
};
