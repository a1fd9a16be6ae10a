/** A token file whose colours fail WCAG 2: pale error text, a faint border, a low-contrast button. */
export const lowContrastTokens = {
  ce: {
    'color-error': { $type: 'color', $value: '#ff8a80' },
    'color-border': { $type: 'color', $value: '#e5e7eb' },
    'color-accent': { $type: 'color', $value: '#60a5fa' },
    'color-on-accent': { $type: 'color', $value: '#ffffff' },
  },
};

/** Colours the kit cannot measure without a browser. */
export const uncheckableTokens = {
  ce: {
    'color-text': { $type: 'color', $value: 'var(--brand-ink)' },
    'color-error': { $type: 'color', $value: 'color-mix(in srgb, red 80%, black)' },
    'color-focus': { $type: 'color', $value: 'currentColor' },
  },
};
