import type sv from '../../sv/participant/notices';
import type { Messages } from '../../messages';

/** English messages to residents: receipts, lost receipt codes and news through the loop (mail and SMS). */
export default {
	'notice.greeting': 'Hello,',
	'notice.footer':
		'Follow your perspective all the way:\n{receiptUrls}\n\nYou get this because you asked to hear back when you shared your perspective. We use your address for nothing else. To stop these messages: {unsubscribeUrl}\n\nBest regards\n{title}',
	'notice.readMore': 'Read more: {url}',
	'notice.yourProposals': 'Proposals that build on your perspective:',
	'notice.digest.subject': 'News from the dialogue {title}',
	'notice.digest.subjectMany': 'News from the dialogues you take part in',
	'notice.digest.intro': '{count} things have happened since last time. Here they are in one message.',
	'notice.digest.sms': 'News in {title}: {count} things happened. Read: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.report.subject': 'The perspective report for {title} is ready',
	'notice.report.body':
		'You shared a perspective in the dialogue {title}: “{question}”\n\nThe perspective report is now ready. It shows every perspective that came in, sorted into themes, with the tensions between them. Nothing was left out for being uncomfortable.\n\nRead the report: {url}',
	'notice.report.sms':
		'The perspective report for {title} is ready. Read: {url} Your perspective: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.workingGroup.subject': 'The working group for {title} has started',
	'notice.workingGroup.body':
		'A working group of residents, politicians and officials has started working with what came up in the dialogue {title}. The group develops proposals that build on the perspectives, yours too.\n\nFollow the work: {url}',
	'notice.workingGroup.sms':
		'The working group for {title} has started. Follow: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.arguments.subject': 'Tell us what you think of the proposals in {title}',
	'notice.arguments.body':
		'The working group in the dialogue {title} has proposals. Everyone can now give arguments for and against them before they go on to a decision.\n\nRead the proposals and give arguments: {url}',
	'notice.arguments.sms': 'The proposals in {title} are open for arguments. Read: {url} Stop texts: {unsubscribeUrl}',
	'notice.toDecision.subject': 'The proposals in {title} now go to a decision',
	'notice.toDecision.body':
		'The proposals from the dialogue {title} now go to a decision.\n\n{whoDecides}\nThe decision is expected: {decisionWhen}',
	'notice.toDecision.sms':
		'The proposals in {title} now go to a decision. Read: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.decision.subject': 'Decision in the dialogue {title}',
	'notice.decision.body':
		'{body} has now decided on the proposals from the dialogue {title} ({date}, {cite}). The decision covers {count} proposals.',
	'notice.decision.yours': 'This is what became of the proposals that build on your perspective, and why:',
	'notice.decision.noneYours':
		'None of the proposals builds directly on your perspective, but it stays in the perspective report and carries over to the next loop.',
	'notice.decision.sms':
		'Decision in {title}. See what became of your perspective and why: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.progress.subject': 'Implementation news: {item}',
	'notice.progress.body':
		'The proposal “{item}” builds on your perspective and is now being implemented.\n\nStatus: {status} ({progress} %)\n{text}\n\nSee how it is going: {url}',
	'notice.progress.sms': 'News about {item}. Read: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.milestoneDone.subject': 'A milestone was reached: {item}',
	'notice.milestoneDone.body':
		'The proposal “{item}” builds on your perspective. The milestone “{milestone}” was reached on {date}.\n\nSee how it is going: {url}',
	'notice.milestoneDone.sms': 'Milestone reached for {item}. Read: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.milestoneMoved.subject': 'A milestone has moved: {item}',
	'notice.milestoneMoved.body':
		'The proposal “{item}” builds on your perspective. The milestone “{milestone}” has moved from {from} to {to}.\n\nSee how it is going and why: {url}',
	'notice.milestoneMoved.sms': 'A milestone for {item} has moved. Read: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'notice.evaluation.subject': 'How did the dialogue {title} go?',
	'notice.evaluation.body':
		'The dialogue {title} is being evaluated. Tell us what worked and what to do better next time. It takes a few minutes and is anonymous.\n\nAnswer here: {url}',
	'notice.evaluation.sms': 'How did the dialogue {title} go? Answer anonymously: {url} Stop texts: {unsubscribeUrl}',
	'notice.nextLoop.subject': 'The next loop has started: {title}',
	'notice.nextLoop.body':
		'The dialogue {title} continues in a new loop: {nextTitle}. What came up last time carries over.\n\nSee what is happening: {url}',
	'notice.nextLoop.sms': 'The next loop of {title} has started. Read: {url} Stop texts: {unsubscribeUrl}',
	'receipt.mail.subject': 'Thank you for your perspective – {title}',
	'receipt.mail.body':
		'Hello,\n\nThank you! Your perspective in the dialogue {title} has arrived.\n\nYour receipt code: {code}\nWith it you can follow your perspective all the way to the decision and its implementation: {receiptUrl}\n\nWhat happens next:\n{whatNext}\n{whoDecides}\nThe decision is expected: {decisionWhen}\n\nYou will hear back at this address when something happens. To stop these messages: {unsubscribeUrl}\n\nBest regards\n{title}',
	'receipt.sms':
		'Thank you for your perspective in {title}! Receipt code: {code}. Follow it: {receiptUrl} Stop texts: {unsubscribeUrl}',
	'receipt.lost.mail.subject': 'Your receipt codes',
	'receipt.lost.mail.body':
		'Hello,\n\nYou asked for your receipt codes. These are the perspectives you shared with this address:\n\n{list}\n\nIf you did not ask for this, you can ignore this message.\n\nBest regards\n{organisation}',
	'receipt.lost.sms': 'Your receipt codes: {list}',
	'receipt.lost.line': '– {title} ({date}): {code}\n  {receiptUrl}'
} satisfies Messages<typeof sv>;
