#!/usr/bin/env node
// checkout-errors-theme tokens.json [--map map.json] [--mode dark] [--base dark] [--out theme.css] [--strict]
// Reads a design-token file into a kit theme, prints what it guessed and how the colours
// measure (WCAG 2), and writes the theme as CSS. The logic is src/tokens/cli.ts, built.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../dist/tokens/cli.js';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
