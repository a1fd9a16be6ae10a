export { aliasTokens } from './aliases.js';
export { lowContrastTokens, uncheckableTokens } from './contrast.js';
export { dtcgMap, dtcgTokens } from './dtcg.js';
export { figmaTokens } from './figma.js';
export { garbageTokens } from './garbage.js';
export { legacyTokens } from './legacy.js';
export { tokensStudioTokens } from './tokensStudio.js';
