/**
 * A W3C Design Tokens (DTCG 2025.10) file: colour and dimension objects, `$type` on groups,
 * primitives aliased by semantic tokens, one token in display-p3 with its sRGB `hex` fallback.
 */
export const dtcgTokens = {
  primitive: {
    color: {
      $type: 'color',
      red: {
        700: { $value: { colorSpace: 'srgb', components: [0.702, 0.149, 0.1176], hex: '#b3261e' } },
        50: { $value: { colorSpace: 'srgb', components: [0.9922, 0.949, 0.9451] } },
      },
      ink: { $value: { colorSpace: 'srgb', components: [0.1, 0.1137, 0.1294] } },
      paper: { $value: { colorSpace: 'srgb', components: [1, 1, 1] } },
      green: { $value: { colorSpace: 'display-p3', components: [0.1, 0.45, 0.33], hex: '#0b6e4f' } },
    },
    size: {
      $type: 'dimension',
      radius: { 200: { $value: { value: 4, unit: 'px' } } },
      space: { 100: { $value: { value: 0.25, unit: 'rem' } } },
    },
  },
  semantic: {
    color: {
      $type: 'color',
      danger: { text: { $value: '{primitive.color.red.700}' }, surface: { $value: '{primitive.color.red.50}' } },
      text: { default: { $value: '{primitive.color.ink}' } },
      background: { page: { $value: '{primitive.color.paper}' } },
      brand: { primary: { $value: '{primitive.color.green}' } },
    },
    radius: { control: { $type: 'dimension', $value: '{primitive.size.radius.200}' } },
    font: {
      family: { $type: 'fontFamily', $value: ['Inter Variable', 'system-ui', 'sans-serif'] },
      weight: { bold: { $type: 'fontWeight', $value: 'semi-bold' } },
    },
    shadow: { card: { $type: 'shadow', $value: { color: '#0003', offsetX: '0px', offsetY: '1px', blur: '2px', spread: '0px' } } },
  },
};

/** The map a design team would write for dtcgTokens (braces optional). */
export const dtcgMap = {
  'color-error': 'semantic.color.danger.text',
  'color-error-bg': '{semantic.color.danger.surface}',
  'color-text': 'semantic.color.text.default',
  'color-bg': 'semantic.color.background.page',
  'color-accent': 'semantic.color.brand.primary',
  radius: '{semantic.radius.control}',
  'space-1': 'primitive.size.space.100',
  'font-family': 'semantic.font.family',
  'font-weight-strong': 'semantic.font.weight.bold',
};
