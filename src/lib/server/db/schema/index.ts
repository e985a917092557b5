export * from './organisations';
export * from './users';
export * from './processes';
export * from './audit';
export * from './perspectives';
export * from './outbox';
export * from './reports';
export * from './panels';
