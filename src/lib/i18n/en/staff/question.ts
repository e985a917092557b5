import type sv from '../../sv/staff/question';
import type { Messages } from '../../messages';

/** English messages: the question; staff pages only. */
export default {
	'question.formulations': 'Formulations to choose from',
	'question.staffIntro':
		'Publish a draft question. Residents, associations and staff can then propose other wordings and choose the best fit. When you fix the question, it becomes the question of the dialogue.',
	'question.draftText': 'Draft question',
	'question.draftSubmit': 'Publish the draft',
	'question.fix': 'Fix the question',
	'question.hide': 'Hide the proposal',
	'question.hideReason': 'Reason (shown to everyone)',
	'question.hideHint': 'Hide only unlawful content, for example threats, hate speech or personal data.',
	'question.hiddenDone': 'The proposal is hidden.',
	'question.publicPage': 'See the public page',
	'question.notInPreparation':
		'Proposals and choices are taken from the public when the dialogue is published and in the preparation phase.'
} satisfies Messages<typeof sv>;
