/**
 * @module planning: The dialogue plan (phase 1): sections, actors, activities, adaptations, the question formulated with residents, interviews planned, the methods catalogue.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './formulate-question';
export * from './load-plan';
export * from './manage-plan-items';
export * from './plan-interviews';
export * from './revise-method';
export * from './save-plan-section';
export * from './load-method';
export * from './load-public-planning';
export * from './load-plan-pages';
