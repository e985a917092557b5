import type sv from '../../sv/participant/routing';
import type { Messages } from '../../messages';

/** English messages: inputs passed on to a receiver — the answer page, the trace, the mails. */
export default {
	'routing.trace.heading': 'Passed on',
	'routing.trace.routed': 'Passed on to {receiver} on {date}.',
	'routing.trace.forwardedFrom': '{from} passed it on to {receiver} on {date}.',
	'routing.trace.waiting': 'Waiting for an answer, due by {date}.',
	'routing.trace.overdue': 'The answer is late. It was due by {date}.',
	'routing.trace.answered': 'Answer from {by}, {receiver}, on {date}:',
	'routing.trace.forwarded': '{receiver} passed it on.',
	'routing.trace.closed': 'Closed: {reason}',
	'routingAnswer.title': 'Answer input from a dialogue',
	'routingAnswer.intro':
		'{organisation} has passed on input from the dialogue {title} to {receiver}. Answer here, or pass it on to whoever can answer. You need no account.',
	'routingAnswer.due': 'Please answer by {date}.',
	'routingAnswer.note': 'Message from {organisation}:',
	'routingAnswer.inputs': 'The input ({count})',
	'routingAnswer.withdrawn': 'The person who wrote this has withdrawn it.',
	'routingAnswer.theme': 'Theme: {theme}',
	'routingAnswer.public':
		'Your answer is shown to the person who left the input and on its page, with your name and role. Do not write sensitive details about anyone.',
	'routingAnswer.answerHeading': 'Answer',
	'routingAnswer.answer': 'Your answer',
	'routingAnswer.answeredBy': 'Your name and role',
	'routingAnswer.answeredByHint': 'For example Kim Ek, community police officer.',
	'routingAnswer.submit': 'Send the answer',
	'routingAnswer.forwardHeading': 'Pass it on to someone else',
	'routingAnswer.forwardIntro':
		'Should someone else answer? They get a link of their own, and your link stops working.',
	'routingAnswer.forwardName': 'Name or unit of the receiver',
	'routingAnswer.forwardEmail': 'Email address of the receiver',
	'routingAnswer.forwardNote': 'Message to the receiver (optional)',
	'routingAnswer.forwardSubmit': 'Pass it on',
	'routingAnswer.answeredTitle': 'Thank you for your answer',
	'routingAnswer.answeredText':
		'The answer is saved. The person who left the input gets it, and it is shown on its page.',
	'routingAnswer.forwardedTitle': 'Passed on',
	'routingAnswer.forwardedText': 'We have passed the input on with a link of its own. Your link no longer works.',
	'routingAnswer.goneTitle': 'The link does not work',
	'routingAnswer.goneText':
		'The link has been used, has expired or is not right. Contact whoever sent it to you if you need to answer.',
	'error.routing.answer': 'Write your answer.',
	'error.routing.answerLong': 'Make the answer shorter, at most 5000 characters.',
	'error.routing.answeredBy': 'Write your name and role.',
	'error.routing.answeredByLong': 'Make the name shorter, at most 200 characters.',
	'error.routing.forwardName': 'Write the name or unit of the receiver.',
	'error.routing.forwardNameLong': 'Make the name shorter, at most 200 characters.',
	'error.routing.forwardEmail': 'Write an email address with an @, for example name@example.com.',
	'error.routing.noteLong': 'Make the message shorter, at most 2000 characters.',
	'mail.routing.subject': 'Input from the dialogue {title} – please answer by {due}',
	'mail.routing.body':
		'Hello,\n\n{organisation} passes on {count} inputs from the dialogue "{title}" to {receiver}.\n\n{note}{inputs}\n\nPlease answer by {due} here, or pass it on to whoever can answer:\n{answerUrl}\n\nYou need no account. The link works until {expires} and only for this input. Your answer is shown to the person who left it and on the dialogue’s page, with your name and role.',
	'mail.routing.noteLine': 'Message from {organisation}:\n{note}\n\n',
	'mail.routingAnswer.subject': 'An answer to your input from {receiver}',
	'mail.routingAnswer.body':
		'Hello,\n\nYour input in the dialogue "{title}" was passed on to {receiver}. Here is the answer from {by}:\n\n{answer}\n\nFollow your input here:\n{receiptUrl}\n\nDo not want more messages? Turn them off here:\n{unsubscribeUrl}',
	'sms.routingAnswer': 'Answer from {receiver} to your input in {title}: {receiptUrl}'
} satisfies Messages<typeof sv>;
