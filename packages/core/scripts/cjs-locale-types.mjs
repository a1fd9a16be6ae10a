// The CommonJS build of a locale module ends in `module.exports = catalog` (rollup's default-only
// interop), so `require('@checkout-errors/core/locales/de')` is the catalog itself. tsup's
// declarations still say `export default`; this makes the .d.cts say what the .cjs does.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/locales/', import.meta.url);
for (const name of readdirSync(dir).filter((file) => file.endsWith('.d.cts'))) {
  const file = new URL(name, dir);
  const text = readFileSync(file, 'utf8');
  const js = readFileSync(new URL(name.replace(/\.d\.cts$/, '.cjs'), dir), 'utf8');
  if (!/module\.exports = \w+;\s*$/.test(js)) continue;
  const fixed = text.replace(/export \{ (\w+) as default \};\s*$/, 'export = $1;\n');
  if (fixed === text) throw new Error(`${name}: expected a default export to rewrite`);
  writeFileSync(file, fixed);
}
