/** @module The shape of a demo process, shared by the demo's seeders (kept apart so none of them import in a circle). */
import type { ProcessDescription } from '../../domain/process/process';
import type { Phase } from '../../domain/process/phases';

export type DemoProcess = ProcessDescription & {
	slug: string;
	currentPhase: Phase;
	isPublished: boolean;
	areas: string[];
	population: { ageBand?: Record<string, number>; source?: string };
};
