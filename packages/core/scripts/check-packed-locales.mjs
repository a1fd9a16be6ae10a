// The core's build ships each locale packed (its texts in English's key order, no keys). This
// check, run after the build, loads every built locale and compares it with its source module,
// key by key, so a packing mistake cannot ship.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const core = new URL('../', import.meta.url).pathname;
const evaluate = async (file) => {
  const out = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', charset: 'utf8', platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};

let problems = 0;
const locales = readdirSync(`${core}src/locales`).filter((file) => file.endsWith('.ts') && file !== 'en.ts');
for (const file of locales) {
  const source = (await evaluate(`${core}src/locales/${file}`)).default;
  const built = (await import(`${core}dist/locales/${file.replace(/\.ts$/, '.js')}`)).default;
  const keys = new Set([...Object.keys(source.messages), ...Object.keys(built.messages)]);
  for (const key of keys) {
    if (source.messages[key] !== built.messages[key]) {
      problems++;
      console.error(`packed locale ${file}: ${key} differs`);
    }
  }
  if (source.locale !== built.locale) {
    problems++;
    console.error(`packed locale ${file}: tag ${built.locale} ≠ ${source.locale}`);
  }
}
if (problems > 0) process.exit(1);
console.log(`check-packed-locales: ${locales.length} built locales match their sources key by key.`);
