/**
 * @module A dialogue process (dialogprocess): one dialogue on one question, moving through the phases.
 */
import type { Phase } from './phases';
import type { ParticipationMatrix } from './participation';

export type InfluenceDeclaration = {
	/** What participants can change. */
	openToInfluence: string;
	/** What is not negotiable… */
	notNegotiable: string;
	/** …and why. */
	notNegotiableReason: string;
	/** The body that decides (e.g. "Kommunstyrelsen"). */
	whoDecides: string;
	/** When the decision is expected, in words ("i juni 2027"). */
	decisionWhen: string;
	/** How and when participants will hear back. */
	feedbackHow: string;
};

export type PhaseSchedule = { phase: Phase; startsOn: string | null; endsOn: string | null };

/** Everything a facilitator writes about a process: the content of the create and revise forms. */
export type ProcessDescription = {
	title: string;
	question: string;
	purpose: string;
	context: string;
	influence: InfluenceDeclaration;
	participation: ParticipationMatrix;
	schedule: PhaseSchedule[];
};

export type Process = ProcessDescription & {
	id: string;
	organisationId: string;
	slug: string;
	currentPhase: Phase;
	/** Areas residents may choose from in their optional self-description. */
	areas: string[];
	/** Population of the area by age band, for comparing who has been heard (from SCB statistics). */
	population: { ageBand?: Record<string, number>; source?: string };
	isPublished: boolean;
	publishedAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
};
