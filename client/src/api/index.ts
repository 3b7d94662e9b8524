import { createGraphQLClient } from './client';

export * from './client';
export * from './errors';

/** The app's client for its own API. */
export const api = createGraphQLClient();
