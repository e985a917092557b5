/**
 * @module routing: Passing inputs on to receivers (departments, police, housing companies …): the register,
 * routing a perspective or a theme, the receiver's private answer link, the status list, the trace.
 * Routes import this module's actions from here, never its files or its queries.
 */
export * from './manage-receivers';
export * from './route-perspectives';
export * from './answer-routing';
export * from './manage-routings';
export * from './routing-trace';
