/** @module The shared kernel: how a voice reached the organisation. Both domain/ and analysis/ may import it. */
export const CHANNELS = ['web', 'interview', 'popup', 'phone', 'sms', 'paper', 'meeting', 'walk'] as const;
export type Channel = (typeof CHANNELS)[number];
