/** Public data types of the opinion-map engine. Everything is plain data so it can cross a worker boundary. */

/** Participant and statement ids are kept exactly as given (number or string); use one kind consistently. */
export type Id = string | number;

/** Our API encoding: agree = +1, disagree = -1, pass = 0 (the open-data CSV convention, not Pol.is's internal one). */
export type Vote = -1 | 0 | 1;

export interface VoteInput {
	participant: Id;
	statement: Id;
	vote: Vote;
}

/**
 * Many votes as parallel typed arrays (what the streaming CSV readers produce): vote i is `vote[i]` by
 * `participantIds[participant[i]]` on `statementIds[statement[i]]`. Applied in index order, like a vote list.
 */
export interface VoteTable {
	participantIds: Id[];
	statementIds: Id[];
	participant: Int32Array;
	statement: Int32Array;
	vote: Int8Array;
	length: number;
}

/** Moderation as in Pol.is: -1 = moderated out, 0 = unmoderated, 1 = accepted. Meta statements are also excluded. */
export interface StatementInput {
	id: Id;
	moderated?: -1 | 0 | 1;
	isMeta?: boolean;
}

export interface OpinionMapOptions {
	/** Seed for the PRNG used only for a cold PCA start vector. */
	seed?: number;
	nComps?: number;
	pcaIters?: number;
	/** Stop power iteration when the eigenvalue changes by at most this relative amount; 0 = Pol.is's exact rule. */
	pcaTolerance?: number;
	baseK?: number;
	baseIters?: number;
	maxK?: number;
	/** Pol.is runs group k-means for 20 iterations (quirk Q3: its group-iters option is never read). */
	groupIters?: number;
	groupKBuffer?: number;
	/**
	 * How k-means starts when there is no previous clustering: 'polis' takes the first k distinct points
	 * (Pol.is's init-clusters); 'farthest' is a deterministic farthest-point start, better for from-scratch runs.
	 */
	baseColdStart?: 'polis' | 'farthest' | 'best';
	/** Pol.is caps (max-ptpts, max-cmts): votes from further participants or on further statements are ignored. */
	maxParticipants?: number;
	maxStatements?: number;
	groupColdStart?: 'polis' | 'farthest' | 'best';
	/** Optional clock (e.g. performance.now) for timings; the engine itself never reads a clock. */
	clock?: () => number;
}

export type ResolvedOptions = Required<Omit<OpinionMapOptions, 'clock'>>;

export const DEFAULT_OPTIONS: ResolvedOptions = {
	seed: 1,
	nComps: 2,
	pcaIters: 100,
	pcaTolerance: 1e-9,
	baseK: 100,
	baseIters: 100,
	maxK: 5,
	groupIters: 20,
	groupKBuffer: 4,
	baseColdStart: 'polis',
	maxParticipants: 100_000,
	maxStatements: 10_000,
	groupColdStart: 'best'
};

/** A cluster over points identified by integer keys (participant rows, or base-cluster ids). */
export interface Cluster {
	id: number;
	members: number[];
	center: number[];
}

export interface RepnessItem {
	statementId: Id;
	repfulFor: 'agree' | 'disagree';
	nSuccess: number;
	nTrials: number;
	pSuccess: number;
	pTest: number;
	repness: number;
	repnessTest: number;
	bestAgree?: true;
	nAgree?: number;
}

export interface ConsensusItem {
	statementId: Id;
	nSuccess: number;
	nTrials: number;
	pSuccess: number;
	pTest: number;
}

export interface GroupResult {
	id: number;
	size: number;
	center: number[];
	members: Id[];
	/** Base-cluster ids, as Pol.is stores group membership. */
	baseClusterIds: number[];
	repness: RepnessItem[];
}

export interface PcaResult {
	center: number[];
	comps: number[][];
	commentProjection: number[][];
	commentExtremity: number[];
	/** Power iterations used per component this tick (a warm start needs few). */
	iterations: number[];
}

export interface OpinionMapResult {
	participantIds: Id[];
	/** Group id per participant (same order as participantIds), null when not clustered. */
	participantGroups: (number | null)[];
	/** [x, y] per participant (every participant is projected, as in Pol.is). */
	projections: number[][];
	inConv: Id[];
	statementIds: Id[];
	pca: PcaResult;
	baseClusters: { id: number; members: Id[]; center: number[] }[];
	groups: GroupResult[];
	k: number;
	silhouettes: Record<number, number>;
	consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
	/** Statement id (as string key) -> product over groups of (agree+1)/(seen+2). */
	groupInformedConsensus: Record<string, number>;
	/** Statement id (as string key) -> routing weight. */
	priorities: Record<string, number>;
	/** Raw votes per participant, same order as participantIds (passes and moderated statements count). */
	userVoteCounts: number[];
	timingsMs: Record<string, number>;
}
