declare const process: { env: { NODE_ENV?: string } };

/**
 * Whether this is a development build. Written as the bare expression `process.env.NODE_ENV`
 * because that is what bundlers replace statically: Vite (dev and build), webpack, Next.js,
 * esbuild's `define` and Rollup's replace plugin, so production bundles drop what it guards.
 * Where nothing replaced it and there is no `process` (a page without a bundler), reading it
 * throws, and that counts as production: development facts never show by accident.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
