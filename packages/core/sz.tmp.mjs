import { brotliCompressSync, constants } from 'node:zlib';
import { build } from '/work/main/node_modules/.pnpm/esbuild@0.27.7/node_modules/esbuild/lib/main.js';

const r = await build({
  entryPoints: ['dist/dialects/adyen.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  charset: 'utf8',
  external: ['../chunk-*'],
});
const out = r.outputFiles[0].contents;
console.log('min', out.length, 'brotli', brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
if (process.argv[2]) console.log(r.outputFiles[0].text);
