/**
 * @module The process form's values: plain strings, exactly as typed, so a rejected form shows
 * everything the person wrote.
 */
import { PHASES, type Phase } from '../domain/process/phases';
import { DECISION_STAGES, emptyParticipationMatrix, type DecisionStage } from '../domain/process/participation';
import type { Process } from '../domain/process/process';

export type ProcessFormValues = {
	title: string;
	slug: string;
	question: string;
	purpose: string;
	context: string;
	influence: Record<keyof Process['influence'], string>;
	participation: Record<DecisionStage, string>;
	schedule: Record<Phase, { startsOn: string; endsOn: string }>;
};

export function emptyProcessForm(): ProcessFormValues {
	return {
		title: '',
		slug: '',
		question: '',
		purpose: '',
		context: '',
		influence: {
			openToInfluence: '',
			notNegotiable: '',
			notNegotiableReason: '',
			whoDecides: '',
			decisionWhen: '',
			feedbackHow: ''
		},
		participation: emptyParticipationMatrix(),
		schedule: Object.fromEntries(PHASES.map((p) => [p, { startsOn: '', endsOn: '' }])) as ProcessFormValues['schedule']
	};
}

export function processToForm(p: Process): ProcessFormValues {
	return {
		title: p.title,
		slug: p.slug,
		question: p.question,
		purpose: p.purpose,
		context: p.context,
		influence: { ...p.influence },
		participation: { ...p.participation },
		schedule: Object.fromEntries(
			p.schedule.map((s) => [s.phase, { startsOn: s.startsOn ?? '', endsOn: s.endsOn ?? '' }])
		) as ProcessFormValues['schedule']
	};
}

/** Merge whatever came back from a rejected submit over the defaults, keeping only known string fields. */
export function mergeForm(base: ProcessFormValues, submitted: unknown): ProcessFormValues {
	if (!submitted || typeof submitted !== 'object') return base;
	const s = submitted as Record<string, unknown>;
	const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
	const sub = (k: string) => (s[k] && typeof s[k] === 'object' ? (s[k] as Record<string, unknown>) : {});
	const schedule = sub('schedule');
	return {
		title: str(s.title, base.title),
		slug: str(s.slug, base.slug),
		question: str(s.question, base.question),
		purpose: str(s.purpose, base.purpose),
		context: str(s.context, base.context),
		influence: Object.fromEntries(
			Object.entries(base.influence).map(([k, v]) => [k, str(sub('influence')[k], v)])
		) as ProcessFormValues['influence'],
		participation: Object.fromEntries(
			DECISION_STAGES.map((k) => [k, str(sub('participation')[k], base.participation[k])])
		) as ProcessFormValues['participation'],
		schedule: Object.fromEntries(
			PHASES.map((p) => {
				const entry = schedule[p] && typeof schedule[p] === 'object' ? (schedule[p] as Record<string, unknown>) : {};
				return [
					p,
					{
						startsOn: str(entry.startsOn, base.schedule[p].startsOn),
						endsOn: str(entry.endsOn, base.schedule[p].endsOn)
					}
				];
			})
		) as ProcessFormValues['schedule']
	};
}
