/**
 * @module The demo's process that has gone the whole loop to implementation: "Bruksparken för alla". Perspectives
 * from the web, the tent, interviews and paper, sorted into themes with two tensions; a published report; a
 * small working group that wrote four proposals; the technical committee's decision (two adopted, one
 * rejected and one referred back, with reasons); and implementation with milestones and status updates.
 * One perspective has the fixed receipt code `DEMO_RECEIPT`, printed at start, whose trace runs all the way.
 * The messages residents got are in the outbox, marked as sent. All people are fictional.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { compileReport } from '../../domain/perspective/report';
import type { AgeBand, Channel, Relation } from '../../domain/perspective/perspective';
import { receiptFromBytes } from '../../domain/perspective/receipt';
import { normaliseSchedule } from '../../domain/process/rules';
import type { Outcome } from '../../domain/decision/decision';
import type { ImplementationStatus } from '../../domain/decision/implementation';
import type { Tx } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import {
	insertGroupSession,
	insertMember,
	insertNote,
	insertProposal,
	replaceDots,
	saveWorkingGroup
} from '../modules/cocreation/queries/cocreation';
import {
	findDecision,
	insertDecision,
	insertImplementationItem,
	insertImplementationUpdate,
	insertMilestone,
	listImplementation
} from '../modules/decision/queries/decisions';
import { insertPerspective } from '../modules/perspectives/queries/perspectives';
import { insertProcess } from '../modules/process/queries/processes';
import { insertTension, loadReportMaterial, saveReport } from '../modules/perspectives/queries/reports';
import { outbox, themes } from '../db/schema/index';
import type { UseCaseContext } from '../modules/context';
import { queueNotices } from '../modules/notifications/queue-notices';
import { dispatchNotices } from '../modules/notifications/dispatch-notices';
import parkPerspectives from './content/park-perspectives.json';
import parkThemes from './content/park-themes.json';
import type { DemoProcess } from './demo-process';

export const OUTCOMES_DEMO_SLUG = 'bruksparken-for-alla';
/** A perspective whose trace runs through report, proposal, decision and finished implementation. */
export const DEMO_RECEIPT = 'DM-PRK-347';

export const OUTCOMES_DEMO_PROCESS: DemoProcess = {
	slug: OUTCOMES_DEMO_SLUG,
	title: 'Bruksparken för alla',
	question: 'Hur blir Bruksparken en park där alla vill och vågar vara?',
	purpose:
		'Bruksparken är Solbackas största park men många undviker den, särskilt på kvällen. Kommunen ska rusta upp den och vill först veta hur de som bor runt parken, unga, äldre och föreningar använder den och vad som hindrar dem.',
	context:
		'Under hösten 2025 kom perspektiv in på webben, i tältet vid kiosken, genom intervjuer med äldre och med fritidsgårdens unga, och på papper på biblioteket. En blandad arbetsgrupp tog fram förslag, och tekniska nämnden beslutade i maj 2026.',
	influence: {
		openToInfluence:
			'Vad upprustningen av Bruksparken ska innehålla och i vilken ordning: belysning, platser för unga, bänkar, toalett och ytor för hundar.',
		notNegotiable: 'Parkens gränser och budgeten för upprustningen, 2,4 miljoner kronor.',
		notNegotiableReason:
			'Detaljplanen bestämmer var parken går, och kommunfullmäktige har beslutat om investeringsbudgeten för 2026.',
		whoDecides: 'Tekniska nämnden beslutar om förslagen.',
		decisionWhen: 'Tekniska nämndens sammanträde i maj 2026',
		feedbackHow:
			'Alla som lämnat kontaktuppgifter får perspektivrapporten, ett besked efter beslutet och nyheter när upprustningen tar nya steg. Allt publiceras också här.'
	},
	participation: {
		agenda: 'consultation',
		drafting: 'dialogue',
		decision: 'consultation',
		implementation: 'partnership',
		monitoring: 'dialogue',
		reformulation: 'dialogue'
	},
	schedule: [
		{ phase: 'preparation', startsOn: '2025-08-18', endsOn: '2025-08-31' },
		{ phase: 'collection', startsOn: '2025-09-01', endsOn: '2025-11-16' },
		{ phase: 'compilation', startsOn: '2025-11-17', endsOn: '2026-01-16' },
		{ phase: 'cocreation', startsOn: '2026-01-19', endsOn: '2026-03-20' },
		{ phase: 'proposals', startsOn: '2026-03-23', endsOn: '2026-04-24' },
		{ phase: 'decision', startsOn: '2026-04-27', endsOn: '2026-05-29' },
		{ phase: 'implementation', startsOn: '2026-06-01', endsOn: '2027-06-30' },
		{ phase: 'learning', startsOn: '2027-08-16', endsOn: '2027-10-29' }
	],
	currentPhase: 'implementation',
	areas: ['Bruket', 'Solbacka centrum', 'Norra Solbacka'],
	population: {
		ageBand: { '16-24': 410, '25-44': 960, '45-64': 880, '65+': 750 },
		source: 'SCB, folkmängd efter ålder 2025 (demodata)'
	},
	isPublished: true
};

const MEMBERS = [
	{
		name: 'Leila Haidari',
		role: 'resident',
		brings: 'Bor vid parken, två barn',
		themes: ['belysning', 'tillganglighet']
	},
	{ name: 'Oskar Lind', role: 'resident', brings: 'Går på gymnasiet, spelar basket', themes: ['unga'] },
	{ name: 'Margit Eriksson', role: 'resident', brings: 'Pensionär, använder rullator', themes: ['tillganglighet'] },
	{ name: 'Hussein Ali', role: 'resident', brings: 'Hundägare och tränare i Bruks IF', themes: ['hundar'] },
	{
		name: 'Solbacka naturskyddsförening',
		role: 'civilSociety',
		brings: 'Kunskap om fladdermöss och bäckens växter',
		themes: ['natur']
	},
	{
		name: 'Petra Sundin',
		role: 'official',
		brings: 'Parkingenjör, tekniska förvaltningen',
		themes: ['belysning', 'natur']
	},
	{ name: 'Daniel Öberg', role: 'official', brings: 'Fritidsledare på fritidsgården', themes: ['unga'] },
	{ name: 'Anna-Karin Holm', role: 'elected', brings: 'Ledamot i tekniska nämnden', themes: [] }
] as const;

type ProposalSeed = {
	key: string;
	title: string;
	what: string;
	why: string;
	term: 'short' | 'long';
	costNote: string;
	feasibilityNote: string;
	themes: string[];
	linked: string[];
	dots: number;
	outcome: Outcome;
	reasons: string;
};

const PROPOSALS: ProposalSeed[] = [
	{
		key: 'light',
		title: 'Ny belysning längs gångstråken',
		what: 'Nya lampor längs gångvägen från busshållplatsen, vid bäcken och vid lekplatsen. Varmt ljus som riktas nedåt, så att det inte lyser in i bostäder, och som dämpas efter midnatt vid bäcken för fladdermössens skull.',
		why: 'Många undviker parken på kvällen för att det är mörkt. Boende vill inte ha ljus i sovrummet och naturskyddsföreningen vill skydda fladdermössen, så ljuset måste vara rätt och inte bara mer.',
		term: 'short',
		costNote: 'Cirka 900 000 kronor inom upprustningens budget.',
		feasibilityNote: 'Kan göras under sommaren och hösten 2026.',
		themes: ['belysning'],
		linked: [DEMO_RECEIPT, 'belysning:2', 'belysning:3', 'natur:2'],
		dots: 19,
		outcome: 'adopted',
		reasons: ''
	},
	{
		key: 'youth',
		title: 'Ett tak för unga vid bollplanen',
		what: 'En plats med tak, bänkar och laddning för mobiler vid bollplanen, som ungdomarna själva utformar tillsammans med fritidsgården. En basketkorg och ett pingisbord.',
		why: 'Unga har ingenstans att vara på kvällen och känner sig bortkörda. De vill ha något enkelt, och de vill vara med och bestämma så att det inte blir ännu en yta som ingen använder.',
		term: 'short',
		costNote: 'Tak och bänkar cirka 450 000 kronor. Laddning kräver ny elledning, cirka 250 000 kronor till.',
		feasibilityNote: 'Taket kan byggas hösten 2026. Elen kräver grävning som samordnas med belysningen.',
		themes: ['unga'],
		linked: ['unga:1', 'unga:4', 'unga:5'],
		dots: 14,
		outcome: 'adoptedInPart',
		reasons:
			'Taket, bänkarna, basketkorgen och pingisbordet antas. Laddning för mobiler antas inte nu, eftersom den kräver en ny elledning som inte ryms i budgeten för 2026. Nämnden prövar den igen när belysningen är klar och det går att se om ledningen kan dras samtidigt.'
	},
	{
		key: 'dogs',
		title: 'Inhägnad hundrastgård',
		what: 'En inhägnad rastgård för hundar på den norra gräsytan.',
		why: 'Hundägare vill ha en plats där hundarna får springa fritt, och andra vill slippa hundar på gräsmattorna där barnen leker.',
		term: 'long',
		costNote: 'Cirka 600 000 kronor.',
		feasibilityNote: 'Den norra gräsytan är den enda plana ytan som är stor nog.',
		themes: ['hundar'],
		linked: ['hundar:1', 'hundar:2'],
		dots: 6,
		outcome: 'rejected',
		reasons:
			'Parken är för liten för en rastgård utan att den största lekytan försvinner, och många som lämnade perspektiv ville ha kvar gräsytorna för lek. Nämnden ger i stället tekniska förvaltningen i uppdrag att föreslå en plats för en rastgård vid idrottsplatsen, 400 meter från parken, och att sätta upp fler papperskorgar med påsar i parken redan i år.'
	},
	{
		key: 'toilet',
		title: 'Toalett och fler bänkar med ryggstöd',
		what: 'En tillgänglig toalett vid paviljongen som är öppen dagtid, och bänkar med rygg- och armstöd var femtionde meter längs huvudstråket.',
		why: 'Äldre och barnfamiljer kan inte stanna i parken utan toalett och bänkar att vila på. Det är en fråga om vem parken är till för.',
		term: 'long',
		costNote: 'Toalett cirka 1,2 miljoner kronor plus drift. Bänkar cirka 150 000 kronor.',
		feasibilityNote: 'Toaletten behöver bygglov och en lösning för skötseln.',
		themes: ['tillganglighet'],
		linked: ['tillganglighet:0', 'tillganglighet:1', 'tillganglighet:4'],
		dots: 17,
		outcome: 'referred',
		reasons:
			'Nämnden vill ha ett bättre underlag om driften av toaletten innan den beslutar: vem som sköter den, vad det kostar per år och om den kan samordnas med kiosken. Ärendet kommer tillbaka till nämnden i november 2026. Bänkarna ingår inte i återremissen och köps in inom den vanliga driften.'
	}
];

type Milestone = { title: string; dueOn: string; doneOn: string | null };
type Update = { on: string; status: ImplementationStatus; progress: number; text: string };
const IMPLEMENTATION: Record<
	string,
	{ responsible: string; status: ImplementationStatus; progress: number; milestones: Milestone[]; updates: Update[] }
> = {
	light: {
		responsible: 'Tekniska förvaltningen, park- och gatuenheten',
		status: 'done',
		progress: 100,
		milestones: [
			{ title: 'Belysningsplan klar, granskad av naturskyddsföreningen', dueOn: '2026-06-15', doneOn: '2026-06-12' },
			{ title: 'Nya stolpar längs gångvägen och vid bäcken', dueOn: '2026-09-30', doneOn: '2026-09-24' },
			{ title: 'Kvällsvandring med boende för att pröva ljuset', dueOn: '2026-10-15', doneOn: '2026-10-20' }
		],
		updates: [
			{
				on: '2026-06-12',
				status: 'inProgress',
				progress: 20,
				text: 'Belysningsplanen är klar. Lamporna vid bäcken får varmt ljus som dämpas efter midnatt, så som naturskyddsföreningen föreslog.'
			},
			{
				on: '2026-09-24',
				status: 'inProgress',
				progress: 80,
				text: 'Alla 34 nya stolpar står på plats längs gångvägen från busshållplatsen, vid bäcken och vid lekplatsen.'
			},
			{
				on: '2026-10-20',
				status: 'done',
				progress: 100,
				text: 'Klart. Tjugo boende var med på kvällsvandringen. Två lampor vid lekplatsen riktades om efter deras synpunkter, så att de inte lyser in i husen på Bruksgatan.'
			}
		]
	},
	youth: {
		responsible: 'Tekniska förvaltningen och fritidsgården Solbacka',
		status: 'inProgress',
		progress: 60,
		milestones: [
			{ title: 'Ungdomarna väljer plats och utformning', dueOn: '2026-08-31', doneOn: '2026-08-27' },
			{ title: 'Taket och bänkarna byggs', dueOn: '2026-11-30', doneOn: null },
			{ title: 'Invigning med fritidsgården', dueOn: '2027-04-30', doneOn: null }
		],
		updates: [
			{
				on: '2026-08-27',
				status: 'inProgress',
				progress: 30,
				text: 'Sjutton ungdomar röstade fram platsen vid bollplanens norra hörn och valde ett tak i trä med öppna sidor.'
			},
			{
				on: '2026-11-16',
				status: 'inProgress',
				progress: 60,
				text: 'Basketkorgen och pingisbordet är på plats. Taket blir två veckor försenat eftersom leveransen av limträbalkar dröjer.'
			}
		]
	}
};

export async function seedDemoOutcomes(
	tx: Tx,
	o: {
		organisationId: string;
		facilitatorUserId: string | null;
		officialUserId: string | null;
		now: Date;
		newId: () => string;
		publicUrl?: string;
	}
): Promise<void> {
	const { now, newId } = o;
	const { slug, currentPhase, isPublished, areas, population, ...description } = OUTCOMES_DEMO_PROCESS;
	const processId = newId();
	const at = (day: string) => new Date(`${day}T10:00:00Z`);
	await insertProcess(tx, {
		...description,
		schedule: normaliseSchedule(description.schedule),
		id: processId,
		organisationId: o.organisationId,
		slug,
		currentPhase,
		areas,
		population,
		isPublished,
		publishedAt: at('2025-08-25'),
		createdAt: at('2025-08-18'),
		updatedAt: now
	});
	await appendAudit(tx, {
		id: newId(),
		organisationId: o.organisationId,
		actorUserId: null,
		action: 'process.seeded',
		entityType: 'process',
		entityId: processId,
		details: { slug },
		at: now
	});

	const themeIds = new Map<string, string>();
	for (const th of parkThemes) {
		const id = newId();
		themeIds.set(th.key, id);
		await tx
			.insert(themes)
			.values({ id, processId, key: th.key, name: th.name, description: th.description, createdAt: at('2025-11-20') });
	}
	// Perspectives by receipt and by "theme:n" (the n-th of that theme), so proposals can link to them.
	const ids = new Map<string, string>();
	const perTheme = new Map<string, number>();
	type Item = {
		text: string;
		channel: string;
		theme: string;
		ageBand?: string;
		relation?: string;
		isQuote?: boolean;
		contact?: { email?: string; phone?: string };
		receipt?: string;
	};
	for (const [i, item] of (parkPerspectives as Item[]).entries()) {
		const id = newId();
		const n = perTheme.get(item.theme) ?? 0;
		perTheme.set(item.theme, n + 1);
		ids.set(`${item.theme}:${n}`, id);
		// Demo receipts are derived from the text, so they are the same on every machine; one is fixed.
		const receipt = item.receipt ?? receiptFromBytes(createHash('sha256').update(`park:${i}:${item.text}`).digest());
		ids.set(receipt, id);
		const when = new Date(at('2025-09-03').getTime() + i * 2.3 * 24 * 3600 * 1000);
		await insertPerspective(
			tx,
			{
				id,
				processId,
				text: item.text,
				channel: item.channel as Channel,
				themeId: themeIds.get(item.theme) ?? null,
				isQuote: item.isQuote ?? false,
				status: 'visible',
				hiddenReason: null,
				receipt,
				createdAt: when
			},
			{
				contact: item.contact ? { email: item.contact.email ?? null, phone: item.contact.phone ?? null } : null,
				profile: {
					ageBand: (item.ageBand as AgeBand) ?? null,
					area: null,
					relation: (item.relation as Relation) ?? null
				},
				consentedAt: when
			}
		);
	}
	await insertTension(tx, {
		id: newId(),
		processId,
		title: 'Mer ljus eller mörker för djur och grannar',
		description:
			'Många vill ha ljus för att våga gå i parken. Grannar vill inte ha ljus i sovrummet och fladdermössen vid bäcken behöver mörker.',
		sideAPerspectiveId: ids.get(DEMO_RECEIPT)!,
		sideBPerspectiveId: ids.get('natur:2')!,
		createdAt: at('2025-12-01')
	});
	await insertTension(tx, {
		id: newId(),
		processId,
		title: 'Hundarnas plats eller barnens gräsmatta',
		description: 'Hundägare vill ha en inhägnad rastgård. Andra menar att parken är för liten och ska vara för lek.',
		sideAPerspectiveId: ids.get('hundar:1')!,
		sideBPerspectiveId: ids.get('hundar:2')!,
		createdAt: at('2025-12-01')
	});
	await saveReport(
		tx,
		processId,
		compileReport({ process: description, ...(await loadReportMaterial(tx, processId)), population }),
		at('2025-12-12'),
		o.facilitatorUserId
	);

	await saveWorkingGroup(tx, processId, 5, at('2026-01-19'));
	const memberIds: string[] = [];
	for (const [i, m] of MEMBERS.entries()) {
		const id = newId();
		memberIds.push(id);
		const email = `${m.name
			.toLowerCase()
			.replace(/[åä]/g, 'a')
			.replace(/ö/g, 'o')
			.replace(/[^a-z]+/g, '.')}@bruket.example`;
		await insertMember(
			tx,
			{
				id,
				processId,
				role: m.role,
				brings: m.brings,
				showName: m.role !== 'resident',
				createdAt: new Date(at('2026-01-19').getTime() + i * 60_000)
			},
			{ name: m.name, email },
			m.themes.map((k) => themeIds.get(k)!),
			[]
		);
	}
	const sessionId = newId();
	await insertGroupSession(tx, {
		id: sessionId,
		processId,
		title: 'Parkvandring och förslagsverkstad',
		heldOn: '2026-02-11',
		place: 'Fritidsgården Solbacka',
		methodKey: 'trygghetsvandring',
		agenda: 'Vandring genom parken i skymningen.\nVerkstad: vad såg vi, vad föreslår vi?\nFörslagen skrivs ihop.',
		harvestPublishedAt: at('2026-02-13'),
		createdAt: at('2026-02-11'),
		updatedAt: at('2026-02-13')
	});
	const notes = [
		{
			kind: 'insight',
			text: 'I skymningen syns det tydligt: gångvägen vid bäcken är helt mörk, men lamporna vid parkeringen bländar.',
			themes: ['belysning']
		},
		{
			kind: 'tension',
			text: 'Ljus för tryggheten mot mörker för fladdermössen. Lösningen kan vara rätt sorts ljus, inte mer ljus.',
			themes: ['belysning', 'natur']
		},
		{ kind: 'idea', text: 'Låt ungdomarna själva rita sin plats vid bollplanen.', themes: ['unga'] }
	] as const;
	for (const [i, n] of notes.entries()) {
		await insertNote(
			tx,
			{
				id: newId(),
				sessionId,
				kind: n.kind,
				text: n.text,
				authorUserId: o.facilitatorUserId,
				createdAt: new Date(at('2026-02-11').getTime() + i * 600_000)
			},
			n.themes.map((k) => themeIds.get(k)!),
			[]
		);
	}
	const proposalIds = new Map<string, string>();
	for (const [i, p] of PROPOSALS.entries()) {
		const id = newId();
		proposalIds.set(p.key, id);
		await insertProposal(
			tx,
			{
				id,
				processId,
				title: p.title,
				what: p.what,
				why: p.why,
				term: p.term,
				costNote: p.costNote,
				feasibilityNote: p.feasibilityNote,
				createdByUserId: o.facilitatorUserId,
				createdByMemberId: null,
				createdAt: new Date(at('2026-03-04').getTime() + i * 60_000)
			},
			p.themes.map((k) => themeIds.get(k)!),
			p.linked.map((k) => ids.get(k)!)
		);
	}
	// Each member spreads 5 dots; totals follow the proposals' `dots` (8 members × 5 = 40… rounded to the seed's shares).
	const shares = PROPOSALS.map((p) => p.dots);
	for (const [m, memberId] of memberIds.entries()) {
		const alloc: Record<string, number> = {};
		let left = 5;
		for (const [i, p] of PROPOSALS.entries()) {
			const n = Math.min(left, Math.floor((shares[i] + m) / 8));
			if (n > 0) alloc[proposalIds.get(p.key)!] = n;
			left -= n;
		}
		await replaceDots(tx, memberId, alloc, at('2026-04-10'));
	}

	const decisionId = newId();
	await insertDecision(
		tx,
		{
			id: decisionId,
			processId,
			body: 'Tekniska nämnden',
			bodyKind: 'committee',
			decidedOn: '2026-05-19',
			caseNumber: 'TN 2026/48',
			minutesParagraph: '§ 62',
			summary:
				'Nämnden antar förslaget om ny belysning och delvis förslaget om en plats för unga. Förslaget om en hundrastgård avslås, och förslaget om toalett och bänkar återremitteras för ett bättre underlag om driften.',
			status: 'published',
			publishedAt: at('2026-05-20'),
			createdByUserId: o.facilitatorUserId,
			createdAt: at('2026-05-19'),
			updatedAt: at('2026-05-20')
		},
		PROPOSALS.map((p) => ({ proposalId: proposalIds.get(p.key)!, outcome: p.outcome, reasons: p.reasons }))
	);
	await appendAudit(tx, {
		id: newId(),
		organisationId: o.organisationId,
		actorUserId: o.facilitatorUserId,
		action: 'decision.published',
		entityType: 'process',
		entityId: processId,
		details: { decisionId, caseNumber: 'TN 2026/48' },
		at: at('2026-05-20')
	});

	for (const [key, plan] of Object.entries(IMPLEMENTATION)) {
		const p = PROPOSALS.find((x) => x.key === key)!;
		const itemId = newId();
		await insertImplementationItem(tx, {
			id: itemId,
			processId,
			proposalId: proposalIds.get(key)!,
			decisionId,
			title: p.title,
			description: p.what,
			responsible: plan.responsible,
			status: plan.status,
			progress: plan.progress,
			createdAt: at('2026-05-20'),
			updatedAt: at(plan.updates.at(-1)!.on)
		});
		for (const m of plan.milestones)
			await insertMilestone(tx, {
				id: newId(),
				itemId,
				title: m.title,
				dueOn: m.dueOn,
				doneOn: m.doneOn,
				createdAt: at('2026-05-25')
			});
		for (const u of plan.updates)
			await insertImplementationUpdate(tx, {
				id: newId(),
				itemId,
				text: u.text,
				status: u.status,
				progress: u.progress,
				createdByUserId: o.officialUserId,
				createdAt: at(u.on)
			});
	}

	// The messages residents got about the decision and the finished lighting, as staff see them under Utskick.
	const publicUrl = o.publicUrl ?? 'http://localhost:3000';
	const decision = (await findDecision(tx, processId, decisionId))!;
	const ctx = { newId } as UseCaseContext;
	const process = { id: processId, slug, title: description.title };
	await queueNotices(ctx, tx, {
		organisationId: o.organisationId,
		process,
		kind: 'decision',
		eventKey: `decision:${decisionId}`,
		publicUrl,
		now: at('2026-05-20'),
		params: {
			url: `${publicUrl}/processer/${slug}/beslut`,
			decisionBody: decision.body,
			decidedOn: decision.decidedOn,
			cite: `${decision.caseNumber}, ${decision.minutesParagraph}`,
			proposalCount: decision.outcomes.length
		},
		perPerson: {
			proposalIds: decision.outcomes.map((x) => x.proposalId),
			facts: (ids) => ({
				outcomes: decision.outcomes
					.filter((x) => ids.includes(x.proposalId))
					.map((x) => ({ title: x.title, outcome: x.outcome, reasons: x.reasons ?? '' }))
			})
		}
	});
	await sendSeededNotices(tx, o.organisationId, at('2026-05-20'), newId);
	const light = (await listImplementation(tx, processId)).find((i) => i.proposalId === proposalIds.get('light'))!;
	await queueNotices(ctx, tx, {
		organisationId: o.organisationId,
		process,
		kind: 'progress',
		eventKey: `progress:${light.updates[0].id}`,
		publicUrl,
		now: at('2026-10-20'),
		onlyTouching: [light.proposalId],
		params: {
			url: `${publicUrl}/processer/${slug}/genomforande#item-${light.id}`,
			item: light.title,
			status: 'done',
			progress: 100,
			text: light.updates[0].text
		}
	});
	await sendSeededNotices(tx, o.organisationId, at('2026-10-20'), newId);
}

/** The demo's past notices went out when they happened: into the outbox, marked as sent then. */
async function sendSeededNotices(tx: Tx, organisationId: string, when: Date, newId: () => string) {
	await dispatchNotices(tx, when, newId, { gatherMs: 0 });
	await tx
		.update(outbox)
		.set({ status: 'sent', attempts: 1, sentAt: when, nextAttemptAt: when })
		.where(and(eq(outbox.organisationId, organisationId), eq(outbox.status, 'pending'), eq(outbox.createdAt, when)));
}
