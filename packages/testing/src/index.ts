export { codeRows } from './codeRows.js';
export { testCards } from './testCards.js';
export { realBodies } from './realBodies.js';
export { errorFixtures } from './errorFixtures.js';

export type { CodeRow } from './codeRows.js';
export type { TestCard } from './testCards.js';
export type { RealBody } from './realBodies.js';
export type { ErrorFixture } from './errorFixtures.js';
