import type { Theme } from '../createTheme.js';
import { parseColor } from './color.js';
import { kindOf } from './kindOf.js';
import { toCss } from './themeFromTokens.js';

/**
 * The theme's own tokens as a W3C Design Tokens 2025.10 file, under `ce` and named like the kit
 * (`ce.color-error`), so themeFromTokens reads it back with no map. A value the DTCG object form
 * would not give back character for character (`#ABC`, `rgb()`, `.5em`) stays a string: the
 * object form is tried, read back the way themeFromTokens reads it, and kept only when it gives
 * the same text.
 */
export function themeToTokens(theme: Pick<Theme, 'properties'>): { ce: Record<string, { $type: string; $value: unknown }> } {
  const ce: Record<string, { $type: string; $value: unknown }> = {};
  const channel = (c: number) => Number((c / 255).toFixed(4));
  for (const [property, value] of Object.entries(theme.properties)) {
    const kit = property.slice(5);
    const $type = kindOf(kit);
    const [r = 0, g = 0, b = 0, alpha = 1] = parseColor(value) ?? [];
    // DTCG's forms: a colour object (sRGB, its hex, alpha when not opaque), a dimension object
    // (px or rem), a number (line height, weight); a font family is a string either way.
    const object =
      $type === 'color'
        ? {
            colorSpace: 'srgb',
            components: [r, g, b].map(channel),
            hex: value.slice(0, 7),
            ...(alpha < 1 && { alpha: channel(alpha * 255) }),
          }
        : $type === 'dimension'
          ? { value: Number.parseFloat(value), unit: /(px|rem)$/.exec(value)?.[1] }
          : $type === 'fontFamily'
            ? value
            : Number(value);
    ce[kit] = { $type, $value: toCss(kit, object) === value ? object : value };
  }
  return { ce };
}
