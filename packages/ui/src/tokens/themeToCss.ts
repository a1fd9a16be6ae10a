import { type Theme, type ThemeTokens, themeCss } from '../createTheme.js';
import { themeValues } from './checkTheme.js';

export interface ThemeToCssOptions {
  /** Where the properties go. Default `'.ce-Root'`, the provider's element: a shipped theme's `data-ce-theme` there would win over `:root`. */
  selector?: string;
}

/**
 * The theme as one `--ce-*` rule with every token (its base theme's values under its own), so the
 * stylesheet stands alone without `data-ce-theme`. theme.css weighs nothing (`:where()`), so
 * this rule wins wherever it loads.
 */
export function themeToCss(theme: Pick<Theme, 'name' | 'properties'>, { selector = '.ce-Root' }: ThemeToCssOptions = {}): string {
  const properties = {} as Record<`--ce-${keyof ThemeTokens}`, string>;
  for (const [token, value] of Object.entries(themeValues(theme))) properties[`--ce-${token as keyof ThemeTokens}`] = value;
  return themeCss({ properties }, selector);
}
