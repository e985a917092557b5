import type sv from '../../sv/staff/core';
import type { Messages } from '../../messages';

/** English messages: the app, navigation, forms and errors, mail, SMS and the API; staff pages only. */
export default {
	'app.tagline': 'Citizen dialogue on complex issues',
	'home.phaseDates': '{phase}: {dates}',
	'home.readMore': 'Read more about the dialogue {title}',

	'form.createTitle': 'Create a new dialogue',
	'form.editTitle': 'Edit {title}',
	'form.basics': 'Basic details',
	'form.title': 'Title',
	'form.titleHint': 'A short name for the dialogue, for example The library of the future.',
	'form.slug': 'Web address (optional)',
	'form.slugHint': 'Only a–z, digits and hyphens. Leave empty to make it from the title.',
	'form.question': 'The question',
	'form.questionHint': 'The question the dialogue is about, written so that everyone understands it.',
	'form.purpose': 'Why the dialogue is held (optional)',
	'form.context': 'Background (optional)',
	'form.contextHint': 'What has been done before, what do we know, and what tensions exist?',
	'form.influence': 'Influence declaration',
	'form.influenceHint': 'Fields marked "required to publish" must be filled in before the dialogue can be published.',
	'form.requiredToPublish': '(required to publish)',
	'form.openToInfluence': 'What is open to influence?',
	'form.notNegotiable': 'What is not open to influence? (optional)',
	'form.notNegotiableReason': 'Why is it not open to influence? (optional)',
	'form.whoDecides': 'Who decides?',
	'form.decisionWhen': 'When is the decision made?',
	'form.decisionWhenHint': "For example: the executive board's meeting in June 2027.",
	'form.feedbackHow': 'How and when will participants hear back?',
	'form.participation': 'Participation at each stage of the decision',
	'form.participationHint':
		'Choose the level the dialogue really offers at each stage. No participation is an honest answer.',
	'form.schedule': 'Schedule',
	'form.scheduleHint': 'Write dates as YYYY-MM-DD. Dates are optional and can be added later.',
	'form.startsOn': 'Start date (optional)',
	'form.endsOn': 'End date (optional)',
	'form.submitCreate': 'Create dialogue',
	'form.submitEdit': 'Save changes',
	'form.cancel': 'Cancel',

	'api.notFound': 'There is no published dialogue at that address.',
	'api.rateLimitedVotes': 'Too many votes in a short time from the same participant or address. Wait and try again.',
	'api.badRequest': 'The address contains control characters. Remove them and try again.',
	'api.tooLarge': 'The body is too large.',
	'api.invalidJson': 'The body must be valid JSON.',
	'api.unsupportedMediaType': 'Send the body as JSON, with Content-Type: application/json.',
	'api.routeNotFound': 'There is no such address in the API.',
	'api.phaseClosed': 'The dialogue does not accept perspectives in this phase.',
	'api.invalid': 'Correct the fields listed in fields.',
	'api.receiptNotFound': 'There is no perspective with that receipt code.',
	'api.reportNotFound': 'There is no published perspective report for that dialogue.',
	'mail.report.subject': 'The perspective report for {title} is ready',
	'mail.report.body':
		'Hello!\n\nYou shared a perspective in the dialogue {title}: "{question}"\n\nThe perspective report is now ready. It shows every perspective that came in, sorted into themes, with the tensions between them. Nothing was left out for being uncomfortable.\n\nRead the report: {reportUrl}\n\nFollow your perspective:\n{receiptUrls}\n\nYou get this email because you asked to hear back. We use your address only to tell you what happens in the dialogue.\n\nBest regards\n{title}',
	'api.rateLimited': 'Too many submissions in a short time from the same address. Wait and try again.',
	'api.statementsClosed': 'The statements are closed right now.',
	'api.statementNotFound': 'The statement does not exist.',
	'api.statementPending': 'Thank you! The statement is checked before others see it.',
	'money.kr': 'SEK {amount}',
	'pdf.subtitle': 'Dialogue plan – basis for the political mandate',
	'pdf.generated': 'Created {date}',
	'pdf.question': 'Question',
	'mail.invite.subject': 'Welcome to the working group for {title}',
	'mail.invite.body':
		'Hello {name}!\n\nYou are in the working group for the dialogue {title}: {question}\n\nWith your personal link you sign in, follow the sessions live and prioritise the proposals. The link works for {days} days. Do not share it.\n\n{link}\n\nWelcome!',
	'mail.proposals.subject': 'Proposals built on your perspective now go to decision',
	'mail.proposals.body':
		'Hello,\n\nYou left a perspective in the dialogue {title}. The working group has written proposals that build on it, and they now go to decision:\n\n{proposals}\n\n{whoDecides}\nThe decision is expected: {decisionWhen}\n\nRead the proposals: {proposalsUrl}\n\nFollow your perspective:\n{receiptUrls}\n\nDo not want more messages about the dialogue? Stop them here: {unsubscribeUrl}\n\nBest regards\n{title}',
	'sms.proposals':
		'Proposals built on your perspective in {title} now go to decision. Read: {receiptUrl} Stop: {unsubscribeUrl}',
	'mail.report.unsubscribe': 'Do not want more messages about the dialogue? Stop them here: {unsubscribeUrl}',
	'upload.limit': 'At most {max}.',
	'mail.staffAdded.subject': 'You have been added to Medskapa for {organisation}',
	'mail.staffAdded.body':
		"Hello {name}!\n\nYou have been added to Medskapa for {organisation} with the role {role}.\n\nSign in here: {signInUrl}\nYou sign in with the organisation's account or ask for a sign-in link to this email address.\n\nIf you did not expect this email, you can ignore it.",
	'api.verificationRequired': 'This vote requires you to show who you are. Go to the statements page and verify first.',
	'mail.signInLink.subject': 'Your sign-in link to {organisation}',
	'mail.signInLink.body':
		'Hello {name}!\n\nHere is your link to sign in to Medskapa at {organisation}. It works for {minutes} minutes and once. Do not share it with anyone.\n\n{link}\n\nIf you did not ask for the link, you can ignore this message.',
	'nav.account': 'My account'
} satisfies Messages<typeof sv>;
