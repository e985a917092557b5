/**
 * @module What the staff perspective pages show: the perspectives (filtered by theme), the form that records
 * one, the themes with their counts and suggestions, the tensions, the reach against the population, and the
 * interviews. Reads: each asks the gate first and hands back what the viewer may do there.
 */
import type { Actor } from '../../../domain/access/can';
import { interviewProgress } from '../../../domain/perspective/interview';
import { isCollecting } from '../../../domain/perspective/perspective';
import { compileReach } from '../../../domain/perspective/report';
import type { Process } from '../../../domain/process/process';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';
import { listInterviews, listInterviewTargets } from './queries/interviews';
import {
	countPerspectives,
	countPerspectivesByTheme,
	listPerspectivesForStaff,
	listThemes
} from './queries/perspectives';
import { loadReportMaterial } from './queries/reports';
import { suggestProcessThemes } from './suggest-process-themes';

const resourceOf = (process: Process) => ({ organisationId: process.organisationId, phase: process.currentPhase });

/** The perspectives of a process for staff; `theme` is a theme id, 'none' (not themed yet) or anything else (all). */
export async function loadStaffPerspectives(ctx: UseCaseContext, actor: Actor, slug: string, theme: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const themes = await listThemes(ctx.db, process.id);
	const filter = theme === 'none' ? 'none' : themes.some((t) => t.id === theme) ? theme : undefined;
	return ok({
		process,
		themes: themes.map((t) => ({ id: t.id, name: t.name })),
		filter: filter ?? '',
		perspectives: await listPerspectivesForStaff(ctx.db, process.id, filter),
		counts: await countPerspectives(ctx.db, process.id),
		permissions: permissions(actor, ['perspective.harvest', 'perspective.moderate'], resourceOf(process))
	});
}

/** The form staff record a perspective with: the process and its themes. */
export async function loadRecordPerspectiveForm(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.record', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const themes = await listThemes(ctx.db, process.id);
	return ok({ process, themes: themes.map((t) => ({ id: t.id, name: t.name })) });
}

/** The themes with how many perspectives each holds, and suggested themes for those without one. */
export async function loadThemesPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const counts = await countPerspectivesByTheme(ctx.db, process.id);
	const suggestion = await suggestProcessThemes(ctx, actor, slug);
	return ok({
		process,
		themes: (await listThemes(ctx.db, process.id)).map((t) => ({
			id: t.id,
			name: t.name,
			count: counts.find((c) => c.themeId === t.id)?.n ?? 0
		})),
		suggestion: suggestion.ok ? suggestion.value : null,
		tooFew: !suggestion.ok && suggestion.error.code === 'too_few' ? suggestion.error.count : null
	});
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** The visible perspectives a tension can link, and the tensions linked so far with both sides' text. */
export async function loadTensionsPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const perspectives = (await listPerspectivesForStaff(ctx.db, process.id)).filter((p) => p.status === 'visible');
	const text = new Map(perspectives.map((p) => [p.id, p.text]));
	const { tensions } = await loadReportMaterial(ctx.db, process.id);
	return ok({
		process,
		options: perspectives.map((p) => ({
			id: p.id,
			label: `${p.themeName ? `${p.themeName}: ` : ''}${excerpt(p.text)}`
		})),
		tensions: tensions.map((t) => ({ ...t, sideA: text.get(t.sideAId) ?? '', sideB: text.get(t.sideBId) ?? '' }))
	});
}

/** The reach so far against the population: the same aggregation as the report, live; only counts leave it. */
export async function loadRepresentation(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const { perspectives, profiles } = await loadReportMaterial(ctx.db, process.id);
	const live = compileReach({ perspectives, profiles, population: process.population });
	return ok({
		process,
		reach: live.reach,
		channels: live.channels,
		hasPopulation: Boolean(process.population.ageBand),
		permissions: permissions(actor, ['process.revise'], resourceOf(process))
	});
}

/** The interview plan: groups to reach, interviews held, and the groups struck from the plan. */
export async function loadInterviewsPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const targets = await listInterviewTargets(ctx.db, process.id);
	const interviews = await listInterviews(ctx.db, process.id);
	const may = permissions(actor, ['interview.plan', 'perspective.record'], resourceOf(process));
	return ok({
		process,
		progress: interviewProgress(targets, interviews),
		withdrawn: targets
			.filter((t) => t.withdrawnAt !== null)
			.map((t) => ({ name: t.name, withdrawnAt: t.withdrawnAt! })),
		interviews: interviews.map((i) => ({
			id: i.id,
			targetName: i.targetName,
			heldOn: i.heldOn,
			mayQuote: i.mayQuote,
			interviewer: i.interviewer,
			perspectiveCount: i.perspectiveCount
		})),
		permissions: {
			'interview.plan': may['interview.plan'],
			recordInterview: may['perspective.record'] && isCollecting(process.currentPhase)
		}
	});
}

/** The form an interview is recorded with: the groups still in the plan, and today's date. */
export async function loadInterviewForm(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.record', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const targets = (await listInterviewTargets(ctx.db, process.id)).filter((t) => t.withdrawnAt === null);
	return ok({
		process,
		isOpen: isCollecting(process.currentPhase),
		targets: targets.map((t) => ({ id: t.id, name: t.name })),
		today: ctx.now().toISOString().slice(0, 10)
	});
}
