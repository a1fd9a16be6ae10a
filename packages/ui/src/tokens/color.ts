// sRGB arithmetic for checkTheme: hex colours (what token tools export), WCAG 2 contrast, and
// steps toward black or white for suggestions. Anything else (rgb(), names, var(), color-mix(),
// currentColor) needs a browser to be sure of, so it reads as undefined: unchecked, never a pass.

/** An sRGB colour: channels 0..255 (unrounded), then alpha 0..1; a mix's result has no alpha (opaque). */
export type Rgba = number[];

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (and `white`, `black`) as sRGB. */
export function parseColor(input: string): Rgba | undefined {
  const name = input.trim().toLowerCase();
  let hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(name === 'white' ? '#fff' : name === 'black' ? '#000' : name)?.[1];
  if (!hex) return undefined;
  // Short forms doubled (`abc` → `aabbcc`), then an opaque alpha, read only when none was written.
  if (hex.length < 5) hex = hex.replace(/./g, '$&$&');
  return (`${hex}ff`.match(/../g) as string[]).slice(0, 4).map((pair, i) => Number.parseInt(pair, 16) / (i < 3 ? 1 : 255));
}

/** `top` painted over an opaque `bottom` (or mixed toward it by `amount`): opaque, so no alpha. */
export const over = (top: Rgba, bottom: Rgba, amount = top[3] as number): Rgba =>
  [0, 1, 2].map((i) => (top[i] as number) * amount + (bottom[i] as number) * (1 - amount));

/** WCAG 2 relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
const luminance = (color: Rgba) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const c = (color[i] as number) / 255;
    return sum + weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);

/** WCAG 2 contrast ratio of two opaque colours, 1..21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Channels 0..255 (clamped) as hex: `#rrggbb` for an opaque colour, `#rrggbbaa` with an alpha scaled to 255. */
export const toHex = (channels: number[]) =>
  `#${channels
    .map((c) =>
      Math.round(Math.min(Math.max(c, 0), 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
