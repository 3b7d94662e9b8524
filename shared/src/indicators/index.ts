export * from './indicator';
export * from './ocop';
