import type sv from '../../sv/staff/inbox';
import type { Messages } from '../../messages';

/** English messages: the staff inbox on /hantera and confirming consequential steps. */
export default {
	'inbox.heading': 'Waiting for you',
	'inbox.intro': 'What needs doing in the dialogues you work on.',
	'inbox.empty': 'Nothing is waiting for you right now.',
	'inbox.processes': 'Dialogues',
	'inbox.themes.heading': 'Perspectives to sort into themes',
	'inbox.themes.item': '{count} perspectives in {title} have no theme',
	'inbox.routedInputs.heading': 'Passed on and waiting for an answer',
	'inbox.routedInputs.item': '{count} in {title} waiting for an answer',
	'inbox.routedInputs.itemOverdue': '{count} in {title} waiting for an answer, {overdue} overdue',
	'inbox.notices.heading': 'Messages to participants',
	'inbox.notices.queued': '{count} messages waiting to be sent',
	'inbox.notices.queuedOne': '1 message waiting to be sent',
	'inbox.notices.failed': '{count} messages could not be sent',
	'inbox.notices.failedOne': '1 message could not be sent',
	'inbox.notices.link': 'See the messages sent',
	'inbox.moderation.heading': 'Statements to moderate',
	'inbox.moderation.item': '{count} statements in {title} waiting for moderation',
	'inbox.moderation.itemOne': '1 statement in {title} waiting for moderation',
	'inbox.milestones.heading': 'Milestones to follow up',
	'inbox.milestones.item': '{milestone} ({item}, {title})',
	'inbox.milestones.due': 'due {date}',
	'inbox.milestones.late': 'late, was due {date}',

	'confirm.cancel': 'Cancel',
	'confirm.nobody': 'Nobody gets a message about it.',
	'confirm.recipients': '{people} people get a message ({email} email, {sms} SMS).',
	'confirm.recipientsOne': '1 person gets a message ({email} email, {sms} SMS).',
	'confirm.proposalContributors':
		'{people} people whose perspectives the proposals build on get a message ({email} email, {sms} SMS).',
	'confirm.proposalContributorsOne':
		'1 person whose perspectives the proposals build on gets a message ({email} email, {sms} SMS).',
	'confirm.advance.heading': 'Move on to {phase}?',
	'confirm.advance.what': 'The phase becomes {phase}.',
	'confirm.advance.button': 'Yes, move on to {phase}',
	'confirm.report.heading': 'Publish the perspective report?',
	'confirm.report.headingAgain': 'Publish the perspective report again?',
	'confirm.report.what': 'The report is shown to everyone on the dialogue’s page.',
	'confirm.report.whatAgain':
		'The report is replaced by a new compilation of everything received. Nobody gets the same message again.',
	'confirm.report.noneNew': '0 new messages.',
	'confirm.report.new': '{people} people not told about the report before get a message ({email} email).',
	'confirm.report.newOne': '1 person not told about the report before gets a message (1 email).',
	'confirm.report.button': 'Yes, publish the report',
	'confirm.report.buttonAgain': 'Yes, publish the report again',
	'confirm.decision.heading': 'Publish the decision {caseNumber}?',
	'confirm.decision.what':
		'The decision is shown to everyone and cannot be changed afterwards. {adopted} adopted proposals become implementation items.',
	'confirm.decision.others':
		'{people} others who left perspectives in the dialogue get a message ({email} email, {sms} SMS).',
	'confirm.decision.othersOne':
		'1 other person who left perspectives in the dialogue gets a message ({email} email, {sms} SMS).',
	'confirm.decision.button': 'Yes, publish the decision'
} satisfies Messages<typeof sv>;
