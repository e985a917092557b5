import type sv from '../../sv/participant/question';
import type { Messages } from '../../messages';

/** English messages: the question; pages for participants (and staff). */
export default {
	'error.question.required': 'Enter the question the dialogue is about.',
	'error.question.tooLong': 'Enter the question in at most 300 characters.',
	'question.title': 'Formulate the question together',
	'question.link': 'Help formulate the question',
	'question.linkIntro':
		'Before the question is fixed, you can propose a better wording and choose the one that fits the problem best.',
	'question.intro':
		'The question steers what the dialogue is about, so we formulate it together. Propose a better wording, or choose the one that fits the problem best. You choose once, but can change your choice.',
	'question.current': 'The question now',
	'question.choose': 'Which formulation fits the problem best?',
	'question.chooseSubmit': 'Choose this formulation',
	'question.yourChoice': 'Your choice',
	'question.chosen': 'Thank you! Your choice is saved.',
	'question.changed': 'Your choice is changed.',
	'question.choices': '{count} chose it',
	'question.draft': 'Draft from the municipality',
	'question.proposal': 'Proposal',
	'question.proposalBy': 'Proposal from {role}',
	'question.propose': 'Propose another wording',
	'question.proposeText': 'Your wording of the question',
	'question.proposeHint':
		'Do not write names or contact details. Your proposal is shown to everyone and is a public record.',
	'question.proposerRole': 'I propose as (optional)',
	'question.proposerNone': 'Prefer not to say',
	'question.proposeSubmit': 'Send the proposal',
	'question.proposed': 'Thank you! Your proposal now shows in the list and others can choose it.',
	'question.closed': 'The question is not taking proposals right now.',
	'question.hidden': 'Hidden proposal',
	'question.hiddenReason': 'Hidden because: {reason}',
	'question.history': 'History of the question',
	'question.historyIntro': 'All drafts, proposals and choices are kept, also after the question is fixed.',
	'question.round': 'Round {number}',
	'question.roundOpen': 'Ongoing',
	'question.fixedOn': 'The question was fixed on {date}: “{text}”',
	'question.fixedTag': 'Fixed question',
	'question.noRounds': 'No formulation is published yet.',
	'question.historyCaption': 'Formulations in round {number}',
	'question.col.text': 'Formulation',
	'question.col.kind': 'Kind',
	'question.col.date': 'Date',
	'question.col.choices': 'Choices',
	'question.drafted': 'The draft is published.',
	'question.fixed': 'The question is fixed and is now the question of the dialogue.',
	'error.question.proposal': 'Write your wording of the question.',
	'error.question.choose': 'Choose one of the formulations.',
	'error.question.hideReason': 'Write why the proposal is hidden.'
} satisfies Messages<typeof sv>;
