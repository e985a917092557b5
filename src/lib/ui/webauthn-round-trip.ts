/**
 * @module The two posts around a passkey ceremony: ask the server for a challenge (an empty body), let the
 * browser run its dialog with the options, then send what it answered (with `extra`, e.g. a name or where to
 * go next). Returns the server's answer to the second post; throws if there was no challenge.
 */
const post = (url: string, body: unknown) =>
	fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function webauthnRoundTrip<O, R>(
	url: string,
	ceremony: (args: { optionsJSON: O }) => Promise<R>,
	extra: Record<string, unknown>
): Promise<Response> {
	const asked = await post(url, {});
	if (!asked.ok) throw new Error('no challenge');
	const { options } = (await asked.json()) as { options: O };
	const response = await ceremony({ optionsJSON: options });
	return post(url, { ...extra, response });
}
