import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// A checkout that imports and renders the panel, bundled the way a shop's bundler does it.
const checkout = `
import { useCheckoutErrors } from '@checkout-errors/react';
import { DeveloperPanel } from ${JSON.stringify(new URL('./index.ts', import.meta.url).pathname)};
import { useForm } from 'react-hook-form';
import { jsx } from 'react/jsx-runtime';
export function Checkout() {
  const errors = useCheckoutErrors({ form: useForm() });
  return jsx(DeveloperPanel, { errors });
}`;

async function bundle(nodeEnv: 'development' | 'production') {
  const out = await build({
    stdin: { contents: checkout, loader: 'tsx', resolveDir: new URL('.', import.meta.url).pathname },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    conditions: ['@checkout-errors/source'],
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'react-hook-form',
      '@tanstack/react-query',
      '@checkout-errors/core',
      '@checkout-errors/react',
    ],
  });
  return out.outputFiles[0]?.text ?? '';
}

const LABELS = ['Developer facts', 'Copy as JSON', 'Raw decline code', 'Request id', 'Server message', 'Doc link'];

describe('the developer panel in a bundle', () => {
  it('ships its words in a development bundle and none of them in a production one', async () => {
    const development = await bundle('development');
    const production = await bundle('production');
    for (const label of LABELS) expect(development, label).toContain(label);
    for (const label of LABELS) expect(production, label).not.toContain(label);
  });
});
