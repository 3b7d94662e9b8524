export * from './funding';
export * from './money';
export * from './disbursement';
