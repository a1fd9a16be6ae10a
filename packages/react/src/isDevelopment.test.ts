import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { isDevelopment } from './isDevelopment.js';

// Bundles the check as a shop's bundler would, with NODE_ENV replaced, and runs the result.
async function bundled(nodeEnv: string | undefined) {
  const out = await build({
    entryPoints: [new URL('./isDevelopment.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    ...(nodeEnv === undefined ? {} : { define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) } }),
  });
  const code = out.outputFiles[0]?.text ?? '';
  const module = await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { code, isDevelopment: module.isDevelopment as () => boolean };
}

describe('isDevelopment', () => {
  it('is true in a development bundle and false in a production one, where the bundler folds the test away', async () => {
    const development = await bundled('development');
    const production = await bundled('production');
    expect(development.isDevelopment()).toBe(true);
    expect(production.isDevelopment()).toBe(false);
    expect(production.code).not.toContain('process');
  });

  it('counts as production where nothing replaced NODE_ENV and there is no process (a page without a bundler)', () => {
    vi.stubGlobal('process', undefined);
    let result: boolean;
    try {
      result = isDevelopment();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(result).toBe(false);
  });

  it('follows NODE_ENV where Node runs the code unbundled (tests, server rendering)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(isDevelopment()).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(isDevelopment()).toBe(true);
  });
});
