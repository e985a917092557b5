/**
 * @module The built app on plain HTTP at every address it is reached at, for `medskapa serve` without
 * ORIGIN. Several organisations answer on their own host names (e.g. solbacka.localhost and
 * norrvik.localhost), so the public address cannot be fixed in ORIGIN; adapter-node then takes the host
 * from the request and the protocol from a header, which this server sets to what the connection really
 * is (plain HTTP), overwriting anything a client sent. Behind a TLS proxy, set PROTOCOL_HEADER and
 * HOST_HEADER instead (see README) and the adapter's own server is used.
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';

const PROTOCOL_HEADER = 'x-medskapa-protocol';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export async function servePlainHttp(
	handlerFile: string,
	options: { host: string; port: number; shutdownSeconds?: number }
): Promise<http.Server> {
	process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
	process.env.HOST_HEADER = 'host';
	const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: Handler };
	const server = http.createServer((req, res) => {
		req.headers[PROTOCOL_HEADER] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((ok) => server.listen(options.port, options.host, ok));
	// The same shutdown as adapter-node's own server: stop accepting, then let the app close its database.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			server.closeIdleConnections();
			server.close(() => process.emit('sveltekit:shutdown' as never, signal as never));
			setTimeout(() => server.closeAllConnections(), (options.shutdownSeconds ?? 30) * 1000).unref();
		});
	}
	return server;
}
