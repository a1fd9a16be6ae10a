/**
 * A Tokens Studio export: `value` and `type` without `$`, token sets at the top, aliases that
 * leave out the set's name, unitless sizes, `$themes` and `$metadata` beside the sets.
 */
export const tokensStudioTokens = {
  global: {
    red: { 600: { value: '#b3261e', type: 'color' } },
    grey: { 900: { value: '#1a1d21', type: 'color' }, 0: { value: '#ffffff', type: 'color' } },
    borderRadius: { md: { value: '6', type: 'borderRadius' } },
    fontFamilies: { body: { value: 'Inter, sans-serif', type: 'fontFamilies' } },
  },
  semantic: {
    fg: { danger: { value: '{red.600}', type: 'color' }, default: { value: '{grey.900}', type: 'color' } },
    bg: { canvas: { value: '{grey.0}', type: 'color' } },
    radius: { control: { value: '{borderRadius.md}', type: 'borderRadius' } },
  },
  $themes: [],
  $metadata: { tokenSetOrder: ['global', 'semantic'] },
};
