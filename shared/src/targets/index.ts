export * from './target-level';
export * from './recognition';
export * from './dossier';
export * from './deadline';
export * from './criteria';
export * from './goal';
