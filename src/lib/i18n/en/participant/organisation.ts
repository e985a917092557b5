import type sv from '../../sv/participant/organisation';
import type { Messages } from '../../messages';

/** English messages: organisations, staff, sign-in and the platform; pages for participants (and staff). */
export default {
	'error.staff.name': "Write the person's name, between 2 and 120 characters.",
	'error.staff.role': 'Choose a role.',
	'error.staff.already': 'The person is already in the organisation. Change their role in the list instead.',
	'error.staff.lastAdmin':
		'The organisation must have at least one administrator. Make someone else an administrator first.',
	'error.staff.self': 'You cannot remove yourself. Ask another administrator.',
	'error.totp.required': 'Type the code from the app, six digits.',
	'error.totp.wrong': 'The code does not match. Type the six digits the app shows right now, or a recovery code.',
	'error.totp.used': 'The code has already been used. Wait until the app shows a new code and type that.',
	'error.passkey.failed': 'The passkey could not be used. Try again, or choose another way to sign in.',
	'error.passkey.addFailed': "The passkey was not added. Try again and follow the browser's instructions.",
	'error.passkey.name': 'Write a name for the passkey, at most 60 characters.',
	'error.passkey.signInFirst': 'Sign in first, then you can add a passkey.'
} satisfies Messages<typeof sv>;
