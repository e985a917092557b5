/**
 * @module Demo: the Lillby working group drawn by lot. 150 fictional volunteers (the same every time:
 * a seeded generator, no randomness), quotas from the population, a computed LEXIMIN lottery and a draw
 * with a public seed, so the public and staff panel pages show a real result at once.
 */
import { buildInstance, findDistribution } from '../../analysis/sortition/index';
import {
	drawWithSeed,
	inputsFingerprint,
	toEngineFeatures,
	toEnginePool,
	type ComputedLottery,
	type DrawInputs
} from '../../domain/panel/draw';
import {
	CONSENT_VERSION,
	featureTemplate,
	quotasFromPopulation,
	type Panel,
	type Quota
} from '../../domain/panel/panel';
import { volunteerCode } from '../../domain/panel/volunteers';
import type { Tx } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import { insertDraw, insertPanel, insertVolunteers, markDrawn } from '../modules/panel/queries/panels';
import storedLottery from './content/demo-panel-lottery.json';

export const DEMO_PANEL_PROCESS = 'leva-tillsammans-i-lillby';
export const DEMO_PANEL_SEED = '2026-12-05 Lillby bygdegård: 4 17 23 31 38';

const FIRST = [
	'Anna',
	'Erik',
	'Maria',
	'Lars',
	'Fatima',
	'Johan',
	'Sara',
	'Ali',
	'Karin',
	'Mohammed',
	'Elin',
	'Per',
	'Amina',
	'Nils',
	'Ida',
	'Hassan',
	'Lena',
	'Oskar',
	'Sofia',
	'Gunnar',
	'Leila',
	'Mats',
	'Maja',
	'Yusuf',
	'Britt',
	'Anders',
	'Hanna',
	'Tomas',
	'Noor',
	'Sven'
];
const LAST = [
	'Andersson',
	'Johansson',
	'Karlsson',
	'Nilsson',
	'Eriksson',
	'Larsson',
	'Olsson',
	'Persson',
	'Svensson',
	'Gustafsson',
	'Hussein',
	'Lindqvist',
	'Berg',
	'Ahmadi',
	'Holm',
	'Sandberg',
	'Lund',
	'Omar',
	'Ek',
	'Forsberg'
];

/** A small deterministic generator (mulberry32): the demo pool is the same on every machine. */
function generator(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Picks a key by weight: volunteers are skewed (older, more educated) as real pools are. */
function pick(random: () => number, weights: [string, number][]): string {
	const total = weights.reduce((s, [, w]) => s + w, 0);
	let r = random() * total;
	for (const [key, w] of weights) {
		r -= w;
		if (r < 0) return key;
	}
	return weights[weights.length - 1][0];
}

export function demoVolunteers(areas: readonly string[], count = 150) {
	const random = generator(20261205);
	const areaKeys = featureTemplate('omrade', areas).values.map((v) => v.key);
	return Array.from({ length: count }, (_, i) => {
		const first = FIRST[Math.floor(random() * FIRST.length)];
		const last = LAST[Math.floor(random() * LAST.length)];
		return {
			name: `${first} ${last}`,
			email: `${first}.${last}.${i + 1}@lillby.example`.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o'),
			values: {
				alder: pick(random, [
					['16-24', 10],
					['25-44', 24],
					['45-64', 33],
					['65+', 33]
				]),
				kon: pick(random, [
					['kvinna', 54],
					['man', 43],
					['annat', 3]
				]),
				omrade: pick(
					random,
					areaKeys.map((k, j) => [k, [40, 33, 27][j] ?? 20] as [string, number])
				)
			}
		};
	});
}

/** The demo panel's settings and frozen inputs (the same on every machine). */
export function demoPanelSetup(areas: string[], population: { ageBand?: Record<string, number> }) {
	const features = [featureTemplate('alder', areas), featureTemplate('kon', areas), featureTemplate('omrade', areas)];
	const size = 16;
	const byPopulation = quotasFromPopulation(features, population, size);
	// Gender and area have no statistics in the demo: set by hand, as a facilitator would.
	const manual: Quota[] = [
		{ feature: 'kon', value: 'kvinna', min: 7, max: 9 },
		{ feature: 'kon', value: 'man', min: 7, max: 9 },
		{ feature: 'kon', value: 'annat', min: 0, max: 1 },
		...features[2].values.map((v, i) => ({
			feature: 'omrade',
			value: v.key,
			min: [5, 4, 4][i] ?? 0,
			max: [7, 6, 6][i] ?? size
		}))
	];
	const quotas = byPopulation.map((q) => manual.find((m) => m.feature === q.feature && m.value === q.value) ?? q);
	const volunteers = demoVolunteers(areas);
	const pool: DrawInputs['pool'] = volunteers.map((v, i) => ({
		code: volunteerCode(i + 1),
		values: v.values,
		household: null
	}));
	const inputs: DrawInputs = { features, quotas, k: size, reserves: 6, householdCheck: false, pool };
	return { volunteers, inputs };
}

/** LEXIMIN for the demo inputs (a few seconds; the seed uses the stored result when the inputs match). */
export async function computeDemoLottery(inputs: DrawInputs): Promise<ComputedLottery> {
	const instance = buildInstance(
		toEngineFeatures(inputs.features, inputs.quotas, inputs.k),
		toEnginePool(inputs),
		inputs.k
	);
	if (!instance.ok) throw new Error(`demo panel: ${instance.errors.join(' ')}`);
	const result = await findDistribution(instance.value, { algorithm: 'leximin' });
	if (!result.ok) throw new Error(`demo panel: ${result.errors.join(' ')}`);
	const d = result.value;
	const ids = inputs.pool.map((p) => p.code);
	return {
		isOptimal: d.isOptimal,
		lottery: d.lottery.map((e) => ({ probability: e.probability, panel: e.panel.map((j) => ids[j]) })),
		probabilities: Object.fromEntries(d.probabilities.map((p, j) => [ids[j], p])),
		stats: d.stats,
		neverSelectable: d.neverSelectable.map((e) => ({ code: ids[e.person], reason: 'noPanel' as const }))
	};
}

/** The computed demo lottery in a compact form (panels as pool indices), stored in `content/`. */
export type StoredLottery = {
	fingerprint: string;
	isOptimal: boolean;
	stats: ComputedLottery['stats'];
	lottery: [number, number[]][];
	neverSelectable: number[];
};

export function packLottery(inputs: DrawInputs, lottery: ComputedLottery): StoredLottery {
	const index = new Map(inputs.pool.map((p, i) => [p.code, i]));
	return {
		fingerprint: inputsFingerprint(inputs),
		isOptimal: lottery.isOptimal,
		stats: lottery.stats,
		lottery: lottery.lottery.map((e) => [e.probability, e.panel.map((c) => index.get(c)!)]),
		neverSelectable: lottery.neverSelectable.map((n) => index.get(n.code)!)
	};
}

export function unpackLottery(inputs: DrawInputs, stored: StoredLottery): ComputedLottery {
	const codes = inputs.pool.map((p) => p.code);
	const lottery = stored.lottery.map(([probability, panel]) => ({ probability, panel: panel.map((i) => codes[i]) }));
	const probabilities: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
	for (const e of lottery) for (const c of e.panel) probabilities[c] += e.probability;
	return {
		isOptimal: stored.isOptimal,
		lottery,
		probabilities,
		stats: stored.stats,
		neverSelectable: stored.neverSelectable.map((i) => ({ code: codes[i], reason: 'noPanel' }))
	};
}

export async function seedDemoPanel(
	tx: Tx,
	args: {
		processId: string;
		organisationId: string;
		areas: string[];
		population: { ageBand?: Record<string, number> };
		now: Date;
		newId: () => string;
	}
): Promise<void> {
	const { now, newId } = args;
	const { volunteers, inputs } = demoPanelSetup(args.areas, args.population);
	const panel: Panel = {
		id: newId(),
		processId: args.processId,
		name: 'Lottad arbetsgrupp för Lillby',
		size: inputs.k,
		reserves: inputs.reserves,
		householdCheck: false,
		features: inputs.features,
		quotas: inputs.quotas,
		isRecruiting: false,
		createdAt: now,
		updatedAt: now
	};
	await insertPanel(tx, panel);
	await insertVolunteers(
		tx,
		panel.id,
		volunteers.map((v, i) => ({
			volunteer: {
				id: newId(),
				code: inputs.pool[i].code,
				values: inputs.pool[i].values,
				householdKey: null,
				source: i % 3 === 0 ? ('import' as const) : ('form' as const),
				createdAt: now
			},
			contact: {
				name: v.name,
				email: v.email,
				phone: null,
				address: null,
				consentedAt: now,
				consentVersion: i % 3 === 0 ? 'import' : CONSENT_VERSION,
				importedByUserId: null
			}
		}))
	);
	// Every start of an empty database seeds this: the stored lottery saves seconds; it is used only for these exact inputs.
	const fingerprint = inputsFingerprint(inputs);
	const lottery =
		storedLottery.fingerprint === fingerprint
			? unpackLottery(inputs, storedLottery as unknown as StoredLottery)
			: await computeDemoLottery(inputs);
	const drawId = newId();
	await insertDraw(tx, {
		id: drawId,
		panelId: panel.id,
		status: 'computed',
		inputs,
		inputsSha256: fingerprint,
		timeLimitMs: 30_000,
		lottery,
		requestedByUserId: null,
		requestedAt: now,
		computedAt: now
	});
	const outcome = drawWithSeed(inputs, lottery, DEMO_PANEL_SEED);
	if (!(await markDrawn(tx, drawId, DEMO_PANEL_SEED, outcome, null, now)))
		throw new Error('demo panel: the draw could not be stored');
	await appendAudit(tx, {
		id: newId(),
		organisationId: args.organisationId,
		actorUserId: null,
		action: 'panel.drawn',
		entityType: 'panel',
		entityId: panel.id,
		details: { drawId, seed: DEMO_PANEL_SEED, selected: outcome.selected, reserves: outcome.reserves },
		at: now
	});
}
