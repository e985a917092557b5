import type sv from '../../sv/staff/statements';
import type { Messages } from '../../messages';

/** English messages: statements (påståenden); staff pages only. */
export default {
	// — statements (Påståenden) —
	'statements.link': 'Statements',
	'statementsAdmin.title': 'Statements in {title}',
	'statementsAdmin.intro':
		'Participants get one statement at a time and answer agree, disagree or pass. Medskapa finds opinion groups, what most people agree on, and what divides the groups.',
	'statementsAdmin.state': 'State',
	'statementsAdmin.stateOpen': 'Open to participants',
	'statementsAdmin.stateClosed': 'Closed',
	'statementsAdmin.stateNone': 'Not started',
	'statementsAdmin.open': 'Open the statements',
	'statementsAdmin.close': 'Close the statements',
	'statementsAdmin.notPublished': 'Publish the dialogue first. Statements can only be opened in a published dialogue.',
	'statementsAdmin.counts': 'Where things stand',
	'statementsAdmin.what': 'What',
	'statementsAdmin.count': 'Number',
	'statementsAdmin.countApproved': 'Statements shown',
	'statementsAdmin.countPending': 'Waiting for moderation',
	'statementsAdmin.countRejected': 'Rejected statements',
	'statementsAdmin.countParticipants': 'Participants who answered',
	'statementsAdmin.countVotes': 'Answers',
	'statementsAdmin.seed': 'Write a statement',
	'statementsAdmin.seedText': 'Statement',
	'statementsAdmin.seedHint':
		'Short and clear, at most 140 characters: something one can agree with or not. It is shown at once.',
	'statementsAdmin.seedSubmit': 'Add the statement',
	'statementsAdmin.queue': 'Waiting for moderation',
	'statementsAdmin.queueEmpty': 'Nothing is waiting for moderation.',
	'statementsAdmin.rejectHint':
		'Reject only what does not belong here, for example what points out people. The statement and its answers are kept, but do not count in the results.',
	'statementsAdmin.approve': 'Approve',
	'statementsAdmin.reject': 'Reject',
	'statementsAdmin.reason': 'Reason for rejecting',
	'statementsAdmin.all': 'All statements',
	'statementsAdmin.textCol': 'Statement',
	'statementsAdmin.originCol': 'Written by',
	'statementsAdmin.statusCol': 'Status',
	'statementsAdmin.votesCol': 'Answers',
	'statementsAdmin.origin.facilitator': 'Facilitator',
	'statementsAdmin.origin.participant': 'Participant',
	'statementsAdmin.status.pending': 'Waiting',
	'statementsAdmin.status.approved': 'Shown',
	'statementsAdmin.status.rejected': 'Rejected: {reason}',
	'statementsAdmin.resultsLink': 'See the results',
	'statementsAdmin.publicLink': 'See the participants’ page',
	'statementsAdmin.done.opened': 'The statements are open to participants.',
	'statementsAdmin.done.closed': 'The statements are closed.',
	'statementsAdmin.done.seeded': 'The statement has been added and is shown to participants.',
	'statementsAdmin.done.approved': 'The statement is approved and shown to participants.',
	'statementsAdmin.done.rejected': 'The statement has been rejected.',
	'statementsAdmin.verify.heading': 'One person, one vote',
	'statementsAdmin.verify.on':
		'Voting requires a verified identity ({provider}). Whoever has not shown who they are can read and write statements, but not vote.',
	'statementsAdmin.verify.off':
		'Anyone can vote without showing who they are. One person can vote from several browsers.',
	'statementsAdmin.verify.require': 'Require a verified identity to vote',
	'statementsAdmin.verify.drop': 'Stop requiring a verified identity',
	'statementsAdmin.verify.noProvider':
		"To require a verified identity, the organisation's administrator must first set up e-ID for residents.",
	'statementsAdmin.done.verificationRequired': 'Voting now requires a verified identity.',
	'statementsAdmin.done.verificationDropped': 'Voting no longer requires a verified identity.'
} satisfies Messages<typeof sv>;
