import type { Theme } from '../createTheme.js';
import { kindOf } from './kindOf.js';

/**
 * The theme's own tokens as a W3C Design Tokens 2025.10 file, under `ce` and named like the kit
 * (`ce.color-error`), so themeFromTokens reads it back with no map. A value the DTCG object form
 * would not give back character for character (`#ABC`, `rgb()`, `.5em`) stays a string.
 */
export function themeToTokens(theme: Pick<Theme, 'properties'>): { ce: Record<string, { $type: string; $value: unknown }> } {
  const ce: Record<string, { $type: string; $value: unknown }> = {};
  const channel = (hex: string) => Number((Number.parseInt(hex, 16) / 255).toFixed(4));
  for (const [property, value] of Object.entries(theme.properties)) {
    const kit = property.slice(5);
    const $type = kindOf(kit);
    const hex = /^#([\da-f]{6})([\da-f]{2})?$/.exec(value);
    const length = /^(\d*\.?\d+)(px|rem)?$/.exec(value);
    const n = Number(length?.[1]);
    let $value: unknown = value;
    if ($type === 'color' && hex) {
      $value = { colorSpace: 'srgb', components: (hex[1]?.match(/../g) ?? []).map(channel), hex: `#${hex[1]}` };
      if (hex[2]) ($value as Record<string, unknown>).alpha = channel(hex[2]);
    } else if (length && `${n}${length[2] ?? ''}` === value && $type !== 'fontFamily')
      $value = length[2] ? ($type === 'dimension' ? { value: n, unit: length[2] } : value) : $type === 'dimension' ? value : n;
    ce[kit] = { $type, $value };
  }
  return { ce };
}
