/**
 * @module How much personal data the installation holds right now, per kind, for the data protection
 * impact assessment: counts only, never a value.
 */
import { and, count, countDistinct, eq, isNotNull, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	interviews,
	memberships,
	panels,
	panelVolunteerContacts,
	panelVolunteers,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives,
	processes,
	statementVotes,
	workingGroupMemberContacts,
	workingGroupMembers
} from '../../../db/schema/index';

export type PrivacyCounts = {
	processes: number;
	perspectives: number;
	contacts: number;
	profiles: number;
	interviews: number;
	volunteers: number;
	members: number;
	staff: number;
	statementParticipants: number;
};

export async function countPersonalData(db: Db | Tx, organisationId: string): Promise<PrivacyCounts> {
	const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
	const inOrg = eq(processes.organisationId, organisationId);
	return {
		processes: await n(db.select({ n: count() }).from(processes).where(inOrg)),
		perspectives: await n(
			db
				.select({ n: count() })
				.from(perspectives)
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(inOrg)
		),
		contacts: await n(
			db
				.select({ n: count() })
				.from(perspectiveContacts)
				.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(and(or(isNotNull(perspectiveContacts.email), isNotNull(perspectiveContacts.phone)), inOrg))
		),
		profiles: await n(
			db
				.select({ n: count() })
				.from(perspectiveProfiles)
				.innerJoin(perspectives, eq(perspectives.id, perspectiveProfiles.perspectiveId))
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(inOrg)
		),
		interviews: await n(
			db
				.select({ n: count() })
				.from(interviews)
				.innerJoin(processes, eq(processes.id, interviews.processId))
				.where(inOrg)
		),
		volunteers: await n(
			db
				.select({ n: count() })
				.from(panelVolunteerContacts)
				.innerJoin(panelVolunteers, eq(panelVolunteers.id, panelVolunteerContacts.volunteerId))
				.innerJoin(panels, eq(panels.id, panelVolunteers.panelId))
				.innerJoin(processes, eq(processes.id, panels.processId))
				.where(inOrg)
		),
		members: await n(
			db
				.select({ n: count() })
				.from(workingGroupMemberContacts)
				.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, workingGroupMemberContacts.memberId))
				.innerJoin(processes, eq(processes.id, workingGroupMembers.processId))
				.where(inOrg)
		),
		staff: await n(db.select({ n: count() }).from(memberships).where(eq(memberships.organisationId, organisationId))),
		statementParticipants: await n(
			db
				.select({ n: countDistinct(statementVotes.participantId) })
				.from(statementVotes)
				.innerJoin(processes, eq(processes.id, statementVotes.processId))
				.where(inOrg)
		)
	};
}
