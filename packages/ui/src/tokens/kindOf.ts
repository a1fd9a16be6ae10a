import type { ThemeTokens } from '../createTheme.js';

/** The DTCG `$type` of each kit token: what its value must be. */
export const kindOf = (kit: keyof ThemeTokens | string): 'color' | 'fontFamily' | 'fontWeight' | 'number' | 'dimension' =>
  kit.startsWith('color')
    ? 'color'
    : kit === 'font-family'
      ? 'fontFamily'
      : kit === 'font-weight-strong'
        ? 'fontWeight'
        : kit === 'line-height'
          ? 'number'
          : 'dimension';
