export type { ContrastFinding } from './checkTheme.js';
export { checkTheme } from './checkTheme.js';
export type { Warning } from './readTokens.js';
export type { ThemeFromTokensOptions, ThemeFromTokensResult } from './themeFromTokens.js';
export { themeFromTokens } from './themeFromTokens.js';
export type { ThemeToCssOptions } from './themeToCss.js';
export { themeToCss } from './themeToCss.js';
export { themeToTokens } from './themeToTokens.js';
