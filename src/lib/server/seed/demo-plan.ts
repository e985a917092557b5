/**
 * @module Demo of the plan module: a process in its preparation phase ("Mötesplats för unga i Solbacka")
 * with a filled-in plan, an actor map, chosen methods, costed adaptations, a readiness check with one
 * item missing, and an open round of formulating the question together. All names are fictional.
 */
import { createHash } from 'node:crypto';
import type {
	Activity,
	ActorGroup,
	Adaptation,
	PlanItemContent,
	PlanItemKind,
	PlanSections
} from '../../domain/plan/plan';
import type { Tx } from '../db/client';
import { insertFormulation, insertItem, saveChoice, saveSection } from '../modules/planning/queries/plan';
import type { DemoProcess } from './demo-process';

export const PLAN_DEMO_SLUG = 'motesplats-for-unga';

export const PLAN_DEMO_PROCESS: DemoProcess = {
	slug: PLAN_DEMO_SLUG,
	title: 'Mötesplats för unga i Solbacka',
	question: 'Hur ska den nya mötesplatsen för unga i Solbacka se ut?',
	purpose:
		'Fritidsgården på Östra vägen stänger när huset rivs 2027. Kommunen vill att unga själva är med och bestämmer vad som kommer i stället. Vi börjar med att formulera frågan tillsammans, så att vi inte frågar om fel sak.',
	context:
		'Unga har tidigare sagt att de saknar ställen att vara på kvällar och helger. Samtidigt är föräldrar och grannar oroliga för stök. Frågan berör fritid, trygghet, kollektivtrafik och skolan.',
	influence: {
		openToInfluence:
			'Vad mötesplatsen ska innehålla, vilka tider den har öppet, hur unga är med och driver den och vilken av tre möjliga lokaler som väljs.',
		notNegotiable: 'Att fritidsgården på Östra vägen stänger 2027 och den totala budgeten på 4 miljoner kronor.',
		notNegotiableReason:
			'Huset är i så dåligt skick att det inte går att renovera, enligt fastighetsnämndens beslut 2025. Budgeten är beslutad av kommunfullmäktige.',
		whoDecides: 'Kultur- och fritidsnämnden',
		decisionWhen: 'Nämndens sammanträde i oktober 2027',
		feedbackHow: 'Vi berättar här och på skolorna vad vi hörde i juni 2027, och vad nämnden beslutade i november 2027.'
	},
	participation: {
		agenda: 'dialogue',
		drafting: 'partnership',
		decision: 'consultation',
		implementation: 'partnership',
		monitoring: 'dialogue',
		reformulation: 'dialogue'
	},
	schedule: [
		{ phase: 'preparation', startsOn: '2026-11-02', endsOn: '2027-01-31' },
		{ phase: 'collection', startsOn: '2027-02-01', endsOn: '2027-04-30' },
		{ phase: 'compilation', startsOn: '2027-05-03', endsOn: '2027-06-11' },
		{ phase: 'cocreation', startsOn: '2027-08-16', endsOn: '2027-09-24' },
		{ phase: 'decision', startsOn: '2027-10-01', endsOn: '2027-10-31' }
	],
	currentPhase: 'preparation',
	areas: [],
	population: {},
	isPublished: true
};

const SECTIONS: PlanSections = {
	context: {
		earlier:
			'Ungdomsenkäten LUPP 2024 visade att hälften av de unga saknar något att göra på kvällar. Ungdomsrådet lämnade en skrivelse om fritidsgården 2025. Fastighetsnämnden beslutade 2025 att huset på Östra vägen ska rivas.',
		links:
			'LUPP-enkäten 2024 – https://solbacka.example/lupp-2024\nFastighetsnämndens beslut 2025 – https://solbacka.example/beslut/2025-112',
		known:
			'Vi vet att unga vill ha något att göra på kvällar. Vi vet inte vad de som aldrig gick till fritidsgården skulle vilja ha, eller vad tjejer saknar.',
		decisionSpace:
			'Innehåll, öppettider, vem som driver och val mellan tre lokaler. Budgeten och rivningen är bestämda.'
	},
	conflict: {
		parties:
			'Unga som använder fritidsgården i dag, unga som aldrig gått dit, grannar vid de möjliga lokalerna, föräldrar, föreningar.',
		interests:
			'Unga vill ha sena öppettider och egen styrning. Grannar vill ha lugnt på kvällarna. Föreningar vill hyra lokalen dagtid.',
		escalation: 'medium',
		safety:
			'Unga under 18 ska kunna vara med utan att visa namn. Samtalsledare med erfarenhet av unga vid varje träff. Inga bilder på deltagare utan samtycke.'
	},
	readiness: {
		politicalMandate: 'Kultur- och fritidsnämnden gav uppdraget den 14 oktober 2026 (§ 87).',
		managementMandate: 'Förvaltningschefen har avsatt en processledare på halvtid.',
		receivingWho: 'Fritidsenhetens planerare',
		receivingBy: '',
		feedbackPlan: 'Återkoppling på skolorna och här på sidan i juni och november 2027.',
		budget: '180 000 kr för dialogen, utöver lokalbudgeten.',
		time: 'Förberedelser till januari, perspektiv februari–april, samskapande i augusti–september.'
	}
};

const stages = (levels: [string, string][]): ActorGroup['stages'] => {
	const names = ['agenda', 'drafting', 'decision', 'implementation', 'monitoring', 'reformulation'] as const;
	return Object.fromEntries(
		names.map((n, i) => [n, { level: levels[i][0], channel: levels[i][1] }])
	) as ActorGroup['stages'];
};

const ACTOR_GROUPS: ActorGroup[] = [
	{
		name: 'Unga 13–19 år som sällan hörs',
		kind: 'not-usually-heard',
		affected: 'high',
		influence: 'low',
		stages: stages([
			['dialogue', 'Walk and talk, skolbesök'],
			['partnership', 'Medskapande arbetsgrupp'],
			['consultation', 'Remissvar från arbetsgruppen'],
			['partnership', 'Ungdomsstyrelse för mötesplatsen'],
			['dialogue', 'Uppföljningsträff'],
			['dialogue', 'Ny dialogslinga']
		])
	},
	{
		name: 'Ungdomsrådet',
		kind: 'residents',
		affected: 'high',
		influence: 'medium',
		stages: stages([
			['dialogue', 'Möte i ungdomsrådet'],
			['partnership', 'Medskapande arbetsgrupp'],
			['consultation', 'Yttrande'],
			['dialogue', 'Möten'],
			['dialogue', 'Möten'],
			['dialogue', 'Möten']
		])
	},
	{
		name: 'Grannar vid de tre lokalerna',
		kind: 'residents',
		affected: 'medium',
		influence: 'medium',
		stages: stages([
			['consultation', 'Tältet vid lokalerna'],
			['consultation', 'Öppet möte'],
			['information', 'Brev'],
			['information', 'Brev'],
			['consultation', 'Webben'],
			['none', '']
		])
	},
	{
		name: 'Idrotts- och kulturföreningar',
		kind: 'associations',
		affected: 'medium',
		influence: 'high',
		stages: stages([
			['consultation', 'Föreningsträff'],
			['dialogue', 'Open space'],
			['information', 'Mejl'],
			['partnership', 'Avtal om aktiviteter'],
			['information', 'Mejl'],
			['none', '']
		])
	}
];

const ACTIVITIES: Activity[] = [
	{
		methodKey: 'walk-and-talk',
		title: 'Walk and talk med unga i tre bostadsområden',
		representation: 'snowball',
		target: 'Unga som aldrig gick till fritidsgården',
		note: 'Fältassistenterna tar med de första, som tar med sina vänner.'
	},
	{
		methodKey: 'taltet',
		title: 'Tältet vid skolorna och centrum',
		representation: 'passers-by',
		target: 'Alla unga och vuxna som passerar',
		note: ''
	},
	{
		methodKey: 'medskapande-arbetsgrupp',
		title: 'Medskapande arbetsgrupp om innehållet',
		representation: 'lot',
		target: 'Unga, grannar och föreningar i en blandad grupp',
		note: 'Lottas bland dem som anmält intresse, med kvoter för ålder, kön och bostadsområde.'
	}
];

const ADAPTATIONS: Adaptation[] = [
	{
		kind: 'on-site',
		description: 'Vi kommer till skolorna, biblioteket och idrottshallen i stället för att bjuda in till stadshuset.',
		cost: 12000
	},
	{
		kind: 'interpreters',
		description: 'Tolk på arabiska och somaliska vid två träffar, och frågorna översatta till fem språk.',
		cost: 18000
	},
	{ kind: 'food', description: 'Mat vid varje träff i arbetsgruppen.', cost: 9000 },
	{ kind: 'times', description: 'Träffar efter skolan och på helger, aldrig på dagtid.', cost: 0 },
	{ kind: 'compensation', description: 'Presentkort på 300 kr per träff till unga i arbetsgruppen.', cost: 21600 }
];

const FORMULATIONS: {
	kind: 'draft' | 'proposal';
	text: string;
	role: 'resident' | 'association' | 'staff' | null;
	choices: number;
	daysAgo: number;
}[] = [
	{
		kind: 'draft',
		text: 'Hur ska den nya mötesplatsen för unga i Solbacka se ut?',
		role: 'staff',
		choices: 4,
		daysAgo: 12
	},
	{
		kind: 'proposal',
		text: 'Vad behöver unga i Solbacka för att ha något meningsfullt att göra på kvällar och helger?',
		role: 'resident',
		choices: 11,
		daysAgo: 9
	},
	{
		kind: 'proposal',
		text: 'Hur kan unga själva driva en mötesplats som känns trygg för alla?',
		role: 'association',
		choices: 6,
		daysAgo: 7
	},
	{
		kind: 'proposal',
		text: 'Var i Solbacka vill unga kunna träffas, och vad ska finnas där?',
		role: null,
		choices: 3,
		daysAgo: 4
	}
];

export async function seedDemoPlan(tx: Tx, processId: string, now: Date, newId: () => string): Promise<void> {
	const day = 24 * 3600 * 1000;
	for (const section of ['context', 'conflict', 'readiness'] as const)
		await saveSection(tx, processId, section, SECTIONS[section] as never, now);
	const items: [PlanItemKind, PlanItemContent[PlanItemKind][]][] = [
		['actorGroup', ACTOR_GROUPS],
		['activity', ACTIVITIES],
		['adaptation', ADAPTATIONS]
	];
	let offset = 0;
	for (const [kind, list] of items) {
		for (const content of list) {
			const at = new Date(now.getTime() - 20 * day + offset++ * 60_000);
			await insertItem(tx, processId, { id: newId(), kind, content, createdAt: at, updatedAt: at });
		}
	}
	let voter = 0;
	for (const f of FORMULATIONS) {
		const id = newId();
		const at = new Date(now.getTime() - f.daysAgo * day);
		await insertFormulation(tx, processId, {
			id,
			round: 1,
			kind: f.kind,
			text: f.text,
			proposerRole: f.role,
			status: 'visible',
			hiddenReason: null,
			createdAt: at,
			fixedAt: null
		});
		for (let i = 0; i < f.choices; i++) {
			const hash = createHash('sha256').update(`demo-voter-${voter++}`).digest('hex');
			await saveChoice(tx, processId, 1, hash, id, at);
		}
	}
	await insertFormulation(tx, processId, {
		id: newId(),
		round: 1,
		kind: 'proposal',
		text: 'Ring mig på 070-123 45 67 så berättar jag vad jag tycker om dem som bor på Östra vägen.',
		proposerRole: null,
		status: 'hidden',
		hiddenReason: 'Innehöll ett telefonnummer och ett nedsättande påstående om en grupp boende.',
		createdAt: new Date(now.getTime() - 2 * day),
		fixedAt: null
	});
}
