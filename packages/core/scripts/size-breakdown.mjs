// What takes the core's bytes: bundles `{ normalizeError, shopperMessage }` from src/ the way
// size-limit does (esbuild, minified, brotli quality 11, UTF-8), then again with each module
// replaced by empty exports, and prints what each one costs. A module's figure includes what
// only it pulls in (the catalog's cost is inside classify's). Figures, not a gate:
// `pnpm --filter @checkout-errors/core size:why`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const src = new URL('../src/', import.meta.url).pathname;
const entry = `export { normalizeError, shopperMessage } from ${JSON.stringify(`${src}index.ts`)};`;
const modules = [
  'catalog.ts',
  'locales/en.ts',
  'classify.ts',
  'dialects/builtIn.ts',
  'dialects/readErrorObject.ts',
  'normalizeError.ts',
  'messages/formatMessage.ts',
  'fields.ts',
  'headers.ts',
  'retry.ts',
  'sanitizeServerMessage.ts',
];

/** A module's export names, read by esbuild. */
async function exportsOf(path) {
  const out = await build({ entryPoints: [path], bundle: false, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
  return Object.values(out.metafile.outputs)[0]?.exports ?? [];
}

async function size(stubbed) {
  const plugins = stubbed
    ? [
        {
          name: 'stub',
          setup(pluginBuild) {
            pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
              if (path !== `${src}${stubbed}`) return undefined;
              const names = await exportsOf(path);
              return {
                contents: names
                  .map((name) => (name === 'default' ? 'export default undefined;' : `export const ${name} = undefined;`))
                  .join('\n'),
                loader: 'js',
              };
            });
          },
        },
      ]
    : [];
  const out = await build({
    stdin: { contents: entry, resolveDir: src, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
    plugins,
  });
  return brotliCompressSync(out.outputFiles[0].contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

const total = await size(null);
console.log(`core { normalizeError, shopperMessage } with English: ${total} B brotli`);
for (const module of modules) {
  readFileSync(`${src}${module}`); // fails loudly when a module is renamed
  console.log(`  ${module.padEnd(30)} ${String(total - (await size(module))).padStart(5)} B`);
}
