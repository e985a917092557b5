/**
 * @module disclosure: public-records requests (utlämnande av allmän handling): the register, registering a request,
 * gathering the matching records, masking with grounds from the organisation's list, the decision (full, partial
 * refusal, refusal) with appeal instructions, and the frozen delivery as PDF and CSV.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './handle-requests';
export * from './manage-grounds';
export * from './download-delivery';
export type { Delivery, DeliveredRecord } from '../../../domain/disclosure/delivery';
