import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/** `[outName, file]` for every module of a folder (tests aside), for tsup's named entries. */
const globEntries = (dir: string, out: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !/\.test[.-]/.test(file))
    .map((file) => [`${out}/${file.replace(/\.ts$/, '')}`, `${dir}/${file}`]);

/** Runs a TypeScript data module (types erased, no imports at run time) and returns its exports. */
async function evaluate(file: string) {
  const out = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', charset: 'utf8', platform: 'neutral' });
  const text = out.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
}

// Each shipped locale as its words only: the keyed source object becomes an array in English's
// key order, which `packedLocale` zips back at load time. The keys were about a quarter of
// every locale chunk (brotli), and the core carries them already. English stays keyed.
const packLocales: Plugin = {
  name: 'pack-locales',
  setup(pluginBuild) {
    // esbuild filters are Go regular expressions (no look-ahead): English is skipped below.
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]locales[\\/][^\\/]+\.ts$/ }, async ({ path }) => {
      if (/[\\/]en\.ts$/.test(path)) return undefined;
      const english: Record<string, string> = (await evaluate(join(dirname(path), 'en.ts'))).messages;
      const module: { locale: string; parent?: string; messages: Record<string, string> } = (await evaluate(path)).default;
      // A regional module (fr-CA over fr) leaves out what its parent says: those keys pack as null.
      if (module.parent !== undefined && !existsSync(join(dirname(path), `${module.parent}.ts`)))
        throw new Error(`${path}: its parent ${module.parent} is not a shipped locale`);
      const values = Object.keys(english).map((key) => {
        const text = module.messages[key];
        if (typeof text !== 'string' && module.parent === undefined) throw new Error(`${path}: no text for ${key}`);
        return text ?? null;
      });
      while (values.length > 0 && values.at(-1) === null) values.pop();
      const extra = Object.keys(module.messages).filter((key) => !Object.hasOwn(english, key));
      if (extra.length > 0) throw new Error(`${path}: keys English does not have: ${extra.join(', ')}`);
      return {
        contents: `import { packedLocale } from '../messages/packedLocale.js';\nexport default packedLocale(${JSON.stringify(module.locale)}, ${JSON.stringify(values)});\n`,
        loader: 'ts',
        resolveDir: dirname(path),
      };
    });
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    localeLoaders: 'src/localeLoaders.ts',
    postalCodes: 'src/postalCodes.ts',
    // Hosted card fields: the kit's field state, and each provider's events translated to it.
    // (state.ts is what they share, not an entry of its own.)
    ...Object.fromEntries(globEntries('src/fields', 'fields').filter(([name]) => name !== 'fields/state')),
    ...Object.fromEntries(globEntries('src/locales', 'locales')),
    // Provider dialects, each its own opt-in entry: `@checkout-errors/core/dialects/adyen`.
    ...Object.fromEntries(globEntries('src/dialects/providers', 'dialects')),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // One chunk per shared module, so a locale import does not duplicate the core.
  splitting: true,
  treeshake: true,
  esbuildPlugins: [packLocales],
  // Ship locale text as UTF-8, not as \u escapes (six bytes for each Japanese or Arabic character).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
