/** The older DTCG drafts' string values (`"#b3261e"`, `"16px"`), and unitless and rem sizes. */
export const legacyTokens = {
  color: {
    error: { $type: 'color', $value: '#B3261E' },
    'error-bg': { $type: 'color', $value: '#fdf2f1' },
    // 50% black: composited over the background before it is measured.
    border: { $type: 'color', $value: '#00000080' },
  },
  radius: { $type: 'dimension', $value: 8 },
  'border-width': { $type: 'dimension', $value: '2' },
  'font-size': { $type: 'dimension', $value: '1.0625rem' },
  'space-2': { $type: 'dimension', $value: '0.5em' },
  'line-height': { $type: 'number', $value: 1.4 },
};
