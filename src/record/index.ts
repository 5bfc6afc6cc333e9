export * from './types.js';
export * from './address.js';
export * from './schema.js';
