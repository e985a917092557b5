/**
 * @module The messages a page needs: its own language only, and the participant messages only, unless it
 * is a staff page (then the staff messages too). Each language's surface is its own lazily loaded chunk,
 * so adding a language, or staff messages, never makes a participant page heavier.
 */
import type { Locale, MessageTable } from './locale';

export type Surface = 'participant' | 'staff';
type Chunk = Promise<{ default: MessageTable }>;

const loaders: Record<Locale, Record<Surface, () => Chunk>> = {
	sv: { participant: () => import('./sv/participant'), staff: () => import('./sv/staff') },
	en: { participant: () => import('./en/participant'), staff: () => import('./en/staff') }
};

/** Staff pages are the routes in the `(staff)` group; every other page is a participant page. */
export const surfaceOf = (routeId: string | null): Surface =>
	routeId?.startsWith('/(staff)') ? 'staff' : 'participant';

export async function loadMessages(locale: Locale, surface: Surface): Promise<MessageTable> {
	const { participant, staff } = loaders[locale];
	const chunks = await Promise.all(surface === 'staff' ? [participant(), staff()] : [participant()]);
	return Object.assign({}, ...chunks.map((c) => c.default)) as MessageTable;
}
