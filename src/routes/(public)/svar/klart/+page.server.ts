import type { PageServerLoad } from './$types';

/** Where the answer page sends the receiver after answering or passing on (the link itself no longer works). */
export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'x-robots-tag': 'noindex' });
	return { forwarded: url.searchParams.has('vidare') };
};
