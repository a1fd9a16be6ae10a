#!/usr/bin/env node
// Every ```ts and ```tsx block of every README compiles as written: each block becomes its own
// module under .readme-examples/ (named after its README and line) and strict TypeScript checks
// them all, resolving the kit's packages as a shop's bundler would. Run by `pnpm typecheck`.
// A block that is not meant as a whole module belongs in another language tag (```sh, ```css).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.readme-examples');
const readmes = [
  'README.md',
  ...['packages', 'apps'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .map((name) => join(dir, name, 'README.md'))
      .filter((file) => existsSync(join(root, file))),
  ),
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let blocks = 0;
for (const readme of readmes) {
  const lines = readFileSync(join(root, readme), 'utf8').split('\n');
  let start = -1;
  let body = [];
  for (const [i, line] of lines.entries()) {
    if (start < 0 && /^```(ts|tsx|typescript)\s*$/.test(line)) {
      start = i + 1;
      body = [];
    } else if (start >= 0 && /^```\s*$/.test(line)) {
      const name = `${readme.replaceAll('/', '__')}.L${start}.tsx`;
      // `export {}` makes every block a module, so blocks never see each other's names.
      writeFileSync(join(out, name), `// ${readme}, line ${start}\n${body.join('\n')}\nexport {};\n`);
      blocks++;
      start = -1;
    } else if (start >= 0) body.push(line);
  }
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../tsconfig.base.json',
      compilerOptions: { types: ['node'], noEmit: true },
      include: ['*.tsx'],
    },
    null,
    2,
  ),
);
const tsc = spawnSync('pnpm', ['exec', 'tsc', '-p', join(out, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
const report = (tsc.stdout + tsc.stderr).replaceAll(`${relative(root, out)}/`, '').replace(/(\S+?)__/g, '$1/');
if (tsc.status !== 0) {
  process.stdout.write(report);
  console.log(`README examples: ${blocks} blocks, type errors above (file names say README and line)`);
  process.exit(1);
}
console.log(`README examples: ${blocks} blocks from ${readmes.length} READMEs compile`);
