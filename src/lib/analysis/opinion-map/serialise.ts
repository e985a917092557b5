import type { OpinionMapState } from './state';

/**
 * JSON text form of the state, for persisting a live map between server restarts (structuredClone already
 * covers worker messages). Typed arrays and Maps are tagged so they come back with their exact types;
 * ids keep their number/string type because Map entries are stored as [key, value] pairs.
 */
const TYPED = { Int8Array, Uint8Array, Int32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

export function serialiseState(state: OpinionMapState): string {
	return JSON.stringify(state, function (this: unknown, _key, value: unknown) {
		if (value instanceof Map) return { $map: [...value.entries()] };
		if (ArrayBuffer.isView(value)) {
			const name = value.constructor.name as TypedName;
			if (!(name in TYPED)) throw new TypeError(`cannot serialise ${name}`);
			return { $typed: name, data: Array.from(value as unknown as ArrayLike<number>) };
		}
		return value;
	});
}

export function deserialiseState(text: string): OpinionMapState {
	return JSON.parse(text, (_key, value: unknown) => {
		if (value && typeof value === 'object') {
			const v = value as { $map?: [unknown, unknown][]; $typed?: TypedName; data?: number[] };
			if (v.$map) return new Map(v.$map);
			if (v.$typed && v.data) return TYPED[v.$typed].from(v.data);
		}
		return value;
	}) as OpinionMapState;
}
