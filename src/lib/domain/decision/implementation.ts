/**
 * @module Implementation (phase 7): each adopted proposal becomes an item with milestones, progress and
 * public status updates.
 */

export const IMPLEMENTATION_STATUSES = ['planned', 'inProgress', 'done', 'paused', 'cancelled'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export const isImplementationStatus = (v: unknown): v is ImplementationStatus => IMPLEMENTATION_STATUSES.includes(v as ImplementationStatus);

export const UPDATE_MAX = 2000;
