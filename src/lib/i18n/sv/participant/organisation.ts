/** Swedish messages (the source of truth): organisations, staff, sign-in and the platform; pages for participants (and staff). */
export default {
	'error.staff.name': 'Skriv personens namn, mellan 2 och 120 tecken.',
	'error.staff.role': 'Välj en roll.',
	'error.staff.already': 'Personen finns redan i organisationen. Ändra hens roll i listan i stället.',
	'error.staff.lastAdmin': 'Organisationen måste ha minst en administratör. Gör någon annan till administratör först.',
	'error.staff.self': 'Du kan inte ta bort dig själv. Be en annan administratör.',
	'error.totp.required': 'Skriv koden från appen, sex siffror.',
	'error.totp.wrong': 'Koden stämmer inte. Skriv de sex siffror som appen visar just nu, eller en reservkod.',
	'error.totp.used': 'Koden har redan använts. Vänta tills appen visar en ny kod och skriv den.',
	'error.passkey.failed': 'Det gick inte att använda nyckeln. Försök igen, eller välj ett annat sätt att logga in.',
	'error.passkey.addFailed': 'Nyckeln lades inte till. Försök igen och följ webbläsarens anvisningar.',
	'error.passkey.name': 'Skriv ett namn på nyckeln, högst 60 tecken.',
	'error.passkey.signInFirst': 'Logga in först, sedan kan du lägga till en nyckel.'
} as const;
