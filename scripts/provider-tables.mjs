#!/usr/bin/env node
// Writes the core README's tables of provider codes → kit codes from the dialects' own source
// tables (the `target key key…` strings and the comment beside each group, which names where the
// mapping was read), or with --check fails when the README has drifted from the source.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = join(root, 'packages', 'core', 'README.md');
const source = (name) => readFileSync(join(root, 'packages', 'core', 'src', 'dialects', 'providers', `${name}.ts`), 'utf8');

// The reveal-nothing declines (codes.tsv `reveal=generic`, and the kit's policy list in catalog.ts).
const HIDDEN = new Set([
  'fraudulent',
  'lost_card',
  'stolen_card',
  'pickup_card',
  'restricted_card',
  'merchant_blacklist',
  'security_violation',
]);

/** The groups of one `const NAME = 'a b|' + // comment …;` table, each with its comment. */
function groups(text, name) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`const ${name} =`));
  if (start < 0) throw new Error(`provider-tables: no table ${name}`);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    // A string literal first, then `+` or `;`, then the comment (which may hold quotes and semicolons).
    const match = /^\s*'([^']*)'\s*([+;])?\s*(?:\/\/\s*(.*))?$/.exec(line);
    if (!match) {
      if (line.trim().startsWith('//')) continue;
      break;
    }
    for (const group of match[1].split('|').filter(Boolean)) rows.push({ group, note: match[3] ?? '' });
    if (match[2] === ';') break;
  }
  return rows;
}

/** A table target in the kit's words: `!code:field` is an error code, anything else a decline code. */
function kit(target) {
  const [name, field = ''] = target.split(':');
  if (name.startsWith('!')) return { code: `\`${name.slice(1)}\``, field };
  const shown = HIDDEN.has(name) ? `\`card_declined\` / \`${name}\`, shown as \`generic_decline\`` : `\`card_declined\` / \`${name}\``;
  return { code: shown, field };
}

const pipes = (text) => text.replaceAll('|', '\\|');
const lines = ['| Adyen | kit code | field | read in |', '| --- | --- | --- | --- |'];
const adyen = source('adyen');
for (const [table, key] of [
  ['REFUSALS', 'refusalReasonCode'],
  ['ERRORS', 'errorCode'],
]) {
  for (const { group, note } of groups(adyen, table)) {
    const [target, ...keys] = group.split(' ');
    const { code, field } = kit(target);
    lines.push(`| ${keys.map((k) => `\`${key}\` ${k}`).join(', ')} | ${code} | ${field || 'by the code'} | ${pipes(note)} |`);
  }
}
lines.push(
  '| any other `refusalReasonCode` of `Refused` or `Cancelled` | `card_declined` / `generic_decline` |  | (Refused 2, Cancelled, card-present codes) |',
  '| any other `refusalReasonCode` of `Error` | `processing_error` |  | |',
);
const web = source('adyen-web');
for (const { group, note } of groups(web, 'WEB')) {
  const [target, ...keys] = group.split(' ');
  if (target.includes(':')) continue; // the field-type rows: each field's own incomplete / invalid code
  const codes = {
    invalid: 'the field’s invalid code',
    invalid_card_type: '`invalid_card_type`',
    invalid_expiry_year_past: '`invalid_expiry_year_past`',
  };
  lines.push(`| Adyen Web ${keys.map((k) => `\`${k}\``).join(', ')} | ${codes[target] ?? `\`${target}\``} | the field | ${pipes(note)} |`);
}
lines.push('| any other Adyen Web code (900, 901, 910 …: empty or incomplete) | the field’s incomplete code | the field | |');

// Braintree's and PayPal's one table each (`CODES`), of keys that cannot meet; each key is named
// by what it is.
const KEYS = {
  braintree: (key) =>
    /^\d{5,6}$/.test(key)
      ? `\`legacyCode\` ${key}`
      : /^\d{4}$/.test(key)
        ? `processor code ${key}`
        : /^[a-z_]+$/.test(key)
          ? `rejection \`${key}\``
          : `\`errorClass\` ${key}`,
  paypal: (key) => (/^\w{4}$/.test(key) ? `\`response_code\` ${key}` : `\`${key}\``),
  'checkout-com': (key) => (/^\d\w{4}$/.test(key) ? `\`response_code\` ${key}` : `\`${key}\``),
  square: (key) => (/_ERROR$/.test(key) ? `category \`${key}\`` : `\`${key}\``),
  mollie: (key) => (key === 'cardToken' ? 'error `field` `cardToken`' : `\`failureReason\` ${key}`),
};
const KINDS = {
  '#conflict': 'a conflict: resent with the same key',
  '#idempotency': 'an idempotency error: a new attempt',
  '#invalid_request': 'the shop’s own request',
};

/** A one-table dialect's rows. */
function rows(name, title, extra, table = 'CODES') {
  const out = [`| ${title} | kit code | read in |`, '| --- | --- | --- |'];
  for (const { group, note } of groups(source(name), table)) {
    const [target, ...keys] = group.split(' ');
    const code =
      target === '?'
        ? '`card_declined` with advice `confirm_card_data` (“check your card details”), on the form'
        : target.startsWith('#')
          ? (KINDS[target] ?? `kind \`${target.slice(1)}\``)
          : kit(target).code;
    out.push(`| ${keys.map(KEYS[name]).join(', ')} | ${code} | ${pipes(note)} |`);
  }
  return [...out, ...extra];
}

const tables = [
  ['adyen', 'Adyen', lines],
  [
    'braintree',
    'Braintree',
    rows('braintree', 'Braintree', [
      '| any other processor code of a declined transaction | `card_declined` / `generic_decline` (a soft decline with advice `try_again_later`) | the reveal-nothing 2012, 2013, 2014, 2047, 2053, 2057 among them |',
      '| rejections `fraud`, `risk_threshold`, `payment_method_blocked` and any other | `card_declined` / `generic_decline` | reveal nothing |',
      '| any other `legacyCode`, or a query error without extensions | the shop’s own request (no retry) | |',
    ]),
  ],
  [
    'paypal',
    'PayPal',
    rows('paypal', 'PayPal', [
      '| any `issue` matching the decline pattern (`INSTRUMENT_DECLINED`, `TRANSACTION_REFUSED`, `TRANSACTION_BLOCKED_BY_PAYEE`, `PAYEE_BLOCKED_TRANSACTION`, `COMPLIANCE_VIOLATION`, `PAYER_CANNOT_PAY`, `PAYER_ACCOUNT_RESTRICTED`, `PAYER_ACCOUNT_LOCKED_OR_CLOSED` and 5 more of the spec’s) | `card_declined` / `generic_decline` | reveal nothing |',
      '| any other `response_code` of a DECLINED capture or DENIED authorization (5100, 9500 fraud, 9520 lost or stolen, 5180 restricted …) | `card_declined` / `generic_decline` | reveal nothing |',
      '| any other `issue` | by the status (the shop’s own request) | |',
    ]),
  ],
  [
    'checkout-com',
    'Checkout.com',
    rows('checkout-com', 'Checkout.com', [
      '| any other 20xxx `response_code` | `card_declined` / `generic_decline` with advice `try_again_later` | a soft decline |',
      '| any other 30xxx, and every 4xxxx (risk) `response_code` | `card_declined` / `generic_decline` | reveal nothing |',
      '| any other `error_code` | by the status (no resend by the kit: Checkout.com processes a 4xx or 5xx again) | |',
    ]),
  ],
  [
    'square',
    'Square',
    rows('square', 'Square', [
      '| `GENERIC_DECLINE`, and any other code of category `PAYMENT_METHOD_ERROR` | `card_declined` / `generic_decline` | `GENERIC_DECLINE` wins over what comes with it |',
      '| any other code | by its category, else the status | |',
    ]),
  ],
  [
    'mollie',
    'Mollie',
    rows(
      'mollie',
      'Mollie',
      [
        '| `failureReason` `possible_fraud`, `card_declined`, `refused_by_issuer`, `unknown_reason`, any other | `card_declined` / `generic_decline` | reveal nothing |',
        '| payment `canceled` or `expired` | kind `aborted` | |',
        '| any other error `field` | the shop’s own request, by the status | |',
      ],
      'REASONS',
    ),
  ],
];

let next = readFileSync(readme, 'utf8');
const current = next;
for (const [name, , table] of tables) {
  const START = `<!-- ${name}-codes:start (generated by scripts/provider-tables.mjs from the dialects' tables) -->`;
  const END = `<!-- ${name}-codes:end -->`;
  const from = next.indexOf(START);
  const to = next.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`provider-tables: ${readme} has no ${START} … ${END} block`);
  next = `${next.slice(0, from + START.length)}\n\n${table.join('\n')}\n\n${next.slice(to)}`;
}
// Formatted as `pnpm lint` (biome) formats the README, so the check and the formatter agree.
next = execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', `--stdin-file-path=${readme}`], {
  input: next,
  encoding: 'utf8',
});
const count = tables.map(([, title, table]) => `${table.length - 2} ${title}`).join(', ');
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('provider-tables: the core README’s provider tables differ from the dialects; run node scripts/provider-tables.mjs');
    process.exit(1);
  }
  console.log(`provider-tables: ${count} rows in step with the dialects.`);
} else {
  writeFileSync(readme, next);
  console.log(`provider-tables: wrote ${count} rows.`);
}
