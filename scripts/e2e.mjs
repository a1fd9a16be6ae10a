// End-to-end: the built demo checkout, served by `vite preview` on 127.0.0.1, driven by
// playwright-core in Debian's chromium (never a downloaded browser). For each test card and
// failure scenario: the message lands in the right place with focus where the spec says, what
// the shopper typed survives, a double click charges once, a rate limit counts down and
// re-enables, axe finds nothing in any theme or in Arabic; then every Storybook story in Arabic.
// Screenshots of the key states go to artifacts/ (git-ignored); layout is asserted from
// geometry, not pixels.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium.mjs';
import { serverRenderedThemeChecks } from './e2e-csp.mjs';
import { startPreview } from './preview-server.mjs';

const require = createRequire(import.meta.url);
const PORT = Number(process.env.E2E_PORT ?? 4173);
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const AXE = require.resolve('axe-core/axe.min.js');
mkdirSync(ARTIFACTS, { recursive: true });

const results = [];
let failed = 0;
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    results.push(
      `  FAIL ${name}\n       ${String(error?.message ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n       ')}`,
    );
  }
  console.log(results.at(-1));
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

const { url: BASE, stop } = await startPreview(PORT);
const browser = await chromium.launch({ ...chromiumLaunch, headless: true });

/** A fresh page (own service worker, own mock API) on the demo, ready to type in. */
async function open(query = '', viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  // The demo is served under a strict Content-Security-Policy (vite.config.ts): record what it blocks.
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  const offOrigin = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE) && !request.url().startsWith('data:')) offOrigin.push(request.url());
  });
  page.offOrigin = offOrigin;
  await page.goto(`${BASE}${query}`);
  await page.waitForSelector('form.demo-form');
  // The demo starts its mock API on the first interaction.
  await page.locator('input[name="email"]').focus();
  await page.waitForFunction(() => window.checkoutDemo?.api !== undefined);
  page.problems = problems;
  page.close = async () => context.close();
  return page;
}
const ledger = (page) => page.evaluate(() => window.checkoutDemo.api.ledger.length);
const requestCount = (page) => page.evaluate(() => window.checkoutDemo.api.requests.length);
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e?.getAttribute('name') ?? e?.getAttribute('data-part') ?? e?.tagName.toLowerCase() ?? null;
  });
const useCard = (page, label) => page.getByRole('button', { name: label, exact: true }).click();
const pay = (page) => page.locator('.ce-SubmitButton-button').click();
const failNext = async (page, scenario) => {
  await page.locator('.demo-scenario select').selectOption(scenario);
  await page.getByRole('button', { name: 'Set', exact: true }).click();
};
const typed = (page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('form.demo-form input')].map((i) => [i.name, i.value])));

async function expectAxeClean(page, label) {
  // Evaluated through the DevTools protocol: the demo's policy (script-src 'self') blocks an injected inline script.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`),
  );
  assert(violations.length === 0, `${label}: axe found ${violations.join('; ')}`);
}

/** The error message of a field sits under its input, inside the field, and is the input's description. */
async function expectFieldError(page, name, text) {
  const input = page.locator(`input[name="${name}"]`);
  await page.waitForFunction((n) => document.querySelector(`input[name="${n}"]`)?.getAttribute('aria-invalid') === 'true', name);
  const describedBy = await input.getAttribute('aria-describedby');
  const message = page.locator(`[id="${describedBy?.split(' ').at(-1)}"]`);
  const words = await message.textContent();
  assert(words?.includes(text), `${name}: expected "${text}", got "${words}"`);
  const [box, under] = [await input.boundingBox(), await message.boundingBox()];
  assert(under.y >= box.y + box.height - 1, `${name}: the message is not under its input`);
}

// Test cards: message, place and focus.
const CARDS = [
  ['Succeeds', { success: true }],
  ['Generic decline', { notice: 'Your card was declined. Use another card, or contact your bank.' }],
  ['Insufficient funds', { notice: 'Your card doesn’t have enough funds. Use another card.' }],
  ['Lost card', { notice: 'Your card was declined. Use another card, or contact your bank.' }],
  ['Stolen card', { notice: 'Your card was declined. Use another card, or contact your bank.' }],
  ['Fraudulent', { notice: 'Your card was declined. Use another card, or contact your bank.' }],
  ['Expired card', { field: 'cardExpiry', text: 'This card has expired.' }],
  ['Incorrect CVC', { field: 'cardCvc', text: 'Check the security code' }],
  ['Processing error', { notice: 'We couldn’t process your card. Try again, or use another card.' }],
  ['Incorrect number (fails Luhn)', { field: 'cardNumber', text: 'This card number doesn’t look right', requests: 0 }],
  ['Incorrect postal code', { field: 'postalCode', text: 'ZIP code doesn’t match' }],
  ['Needs authentication', { notice: 'Your bank needs you to confirm this payment.' }],
];

for (const [label, expected] of CARDS) {
  await check(`test card "${label}"`, async () => {
    const page = await open();
    await useCard(page, label);
    const before = await typed(page);
    await pay(page);
    if (expected.success) {
      await page.waitForSelector('.demo-success');
      assert((await focused(page)) === 'h2', 'focus is not on the confirmation');
      assert((await ledger(page)) === 1, 'not exactly one charge');
    } else if (expected.notice) {
      const notice = page.locator('[data-part="decline"]');
      await notice.waitFor();
      const text = await notice.textContent();
      assert(text.includes(expected.notice), `notice says "${text}"`);
      assert(!/fraud|stolen|lost/i.test(text), 'a hidden decline reason reached the page');
      assert((await focused(page)) === 'decline', `focus is on ${await focused(page)}, not the notice`);
    } else {
      await expectFieldError(page, expected.field, expected.text);
      assert((await focused(page)) === expected.field, `focus is on ${await focused(page)}, not ${expected.field}`);
    }
    if (!expected.success) {
      const after = await typed(page);
      assert(
        JSON.stringify(after) === JSON.stringify(before),
        `typed values changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
      );
      assert((await ledger(page)) === 0, 'a failed payment was charged');
    }
    if (expected.requests !== undefined) assert((await requestCount(page)) === expected.requests, 'the client check let a request through');
    assert(page.problems.length === 0, `page errors: ${page.problems.join('; ')}`);
    await page.close();
  });
}

await check('a submit with nothing filled lists the email and every card field in page order and focuses the summary', async () => {
  const page = await open();
  await pay(page);
  const summary = page.locator('[data-part="summary"]');
  await summary.waitFor();
  assert((await focused(page)) === 'summary', 'focus is not on the summary');
  const links = page.locator('[data-part="summary"] a');
  const targets = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  const inputs = await page.evaluate(
    (hrefs) => hrefs.map((href) => document.querySelector(`[aria-describedby~="${href.slice(1)}"]`)?.getAttribute('name')),
    targets,
  );
  assert(inputs.join() === 'email,cardNumber,cardExpiry,cardCvc,postalCode', `the summary lists ${inputs.join()}`);
  await links.nth(3).click();
  assert((await focused(page)) === 'cardCvc', 'the summary link does not focus its field');
  assert((await requestCount(page)) === 0, 'an empty form was sent');
  await page.close();
});

await check('a double click charges once', async () => {
  const page = await open();
  await useCard(page, 'Succeeds');
  await page.locator('.ce-SubmitButton-button').dblclick();
  await page.waitForSelector('.demo-success');
  await page.waitForTimeout(600);
  assert((await ledger(page)) === 1, `${await ledger(page)} charges`);
  assert((await requestCount(page)) === 1, `${await requestCount(page)} requests`);
  await page.close();
});

await check('a rate limit counts down, keeps the button focusable but inert, then re-enables it', async () => {
  const page = await open();
  await useCard(page, 'Succeeds');
  await failNext(page, 'rate_limit');
  await pay(page);
  const button = page.locator('.ce-SubmitButton-button');
  // aria-disabled is also set while the request is in flight: wait for the countdown itself.
  await page.waitForFunction(() => document.querySelector('[data-part="cooldown"]')?.textContent !== '');
  assert((await button.getAttribute('aria-disabled')) === 'true', 'the button is usable during the cooldown');
  const first = await page.locator('[data-part="cooldown"]').textContent();
  assert(/You can try again in [45] seconds?\./.test(first), `countdown says "${first}"`);
  await page.screenshot({ path: `${ARTIFACTS}rate-limit.png`, fullPage: true });
  // Playwright waits for aria-disabled buttons to become enabled: force the press, as a shopper can.
  await button.click({ force: true });
  await page.waitForTimeout(600);
  assert((await requestCount(page)) === 1, 'a press during the cooldown sent a request');
  assert((await page.locator('.ce-SubmitButton').getAttribute('data-status')) === 'cooling_down', 'the press ended the cooldown');
  await page.waitForFunction(() => document.querySelector('.ce-SubmitButton-button')?.getAttribute('aria-disabled') === null, null, {
    timeout: 8000,
  });
  const live = await page.locator('[data-part="live-region"]').textContent();
  assert(live.includes('You can try again now.'), `live region says "${live}"`);
  await pay(page);
  await page.waitForSelector('.demo-success');
  assert((await ledger(page)) === 1, 'not one charge after the cooldown');
  await page.close();
});

// Scenarios: automatic resends where safe, one charge, the shopper's words, never server text.
const SCENARIOS = [
  ['server_error', { charges: 1 }],
  ['bad_gateway_html', { charges: 1 }],
  ['unavailable', { charges: 1 }],
  ['dropped', { charges: 1 }],
  ['conflict', { charges: 1 }],
  ['timeout', { charges: 1, query: '?timeoutMs=800' }],
  ['malformed', { charges: 1 }],
  ['unauthorized', { message: true }],
  ['forbidden', { message: true }],
  ['not_found', { message: true }],
  ['external', { message: true }],
  ['idempotency_error', { message: true }],
];
for (const [scenario, expected] of SCENARIOS) {
  await check(`scenario ${scenario}`, async () => {
    const page = await open(expected.query ?? '');
    await useCard(page, 'Succeeds');
    const before = await typed(page);
    await failNext(page, scenario);
    await pay(page);
    if (expected.charges) {
      await page.waitForSelector('.demo-success', { timeout: 15000 });
      assert((await ledger(page)) === expected.charges, `${await ledger(page)} charges`);
      const keys = await page.evaluate(() => new Set(window.checkoutDemo.api.requests.map((r) => r.idempotencyKey)).size);
      assert(keys === 1, `the resend used ${keys} keys`);
    } else {
      await page.waitForFunction(
        () => !document.querySelector('[data-part="summary"]')?.hidden || document.querySelector('[data-part="decline"]'),
      );
      const text = await page.locator('form.demo-form').textContent();
      assert(!/API Key|does not have access|No such|Keys for idempotent/.test(text), 'server text reached the page');
      assert(['summary', 'decline'].includes(await focused(page)), `focus is on ${await focused(page)}`);
      assert(JSON.stringify(await typed(page)) === JSON.stringify(before), 'typed values changed');
    }
    await page.close();
  });
}

// Themes and languages: axe, layout and screenshots of the key states.
for (const theme of ['light', 'dark', 'high-contrast', 'brand-example']) {
  await check(`theme ${theme}: axe clean with a decline and field errors on show`, async () => {
    const page = await open(`?theme=${theme}`);
    await pay(page);
    await page.locator('[data-part="summary"]').waitFor();
    await expectAxeClean(page, `${theme} with the summary`);
    await page.screenshot({ path: `${ARTIFACTS}summary-${theme}.png`, fullPage: true });
    await useCard(page, 'Generic decline');
    await pay(page);
    await page.locator('[data-part="decline"]').waitFor();
    await expectAxeClean(page, `${theme} with a decline`);
    await page.screenshot({ path: `${ARTIFACTS}decline-${theme}.png`, fullPage: true });
    await page.close();
  });
}

for (const [locale, heading, direction, cardLabel, width] of [
  ['ar-EG', 'توجد مشكلة', 'rtl', 'رقم البطاقة', 320],
  ['he-IL', 'יש בעיה', 'rtl', 'מספר כרטיס', 360],
  ['fa-IR', 'مشکلی وجود دارد', 'rtl', 'شمارهٔ کارت', 360],
  ['ja-JP', '入力内容に問題があります', 'ltr', null, 320],
  ['de-DE', 'Es gibt ein Problem', 'ltr', null, 320],
]) {
  await check(`${locale}: ${direction}, localized errors, axe clean, no overflow at ${width} px`, async () => {
    const page = await open(`?locale=${locale}`, { width, height: 720 });
    await pay(page);
    const summary = page.locator('[data-part="summary"]');
    await summary.waitFor();
    const text = await summary.textContent();
    assert(text.includes(heading), `the summary reads "${text}"`);
    assert((await page.evaluate(() => document.documentElement.dir)) === direction, 'wrong page direction');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `${overflow} px of horizontal scrolling at ${width} px`);
    if (direction === 'rtl') {
      const [number, label] = [page.locator('input[name="cardNumber"]'), page.locator('label', { hasText: cardLabel })];
      const [n, l] = [await number.boundingBox(), await label.boundingBox()];
      assert(Math.abs(n.x + n.width - (l.x + l.width)) < 2, 'the card number label is not aligned to the right edge');
      assert((await number.getAttribute('dir')) === 'ltr', 'card digits are not left to right');
    }
    await expectAxeClean(page, locale);
    await page.screenshot({ path: `${ARTIFACTS}summary-${locale}-${width}px.png`, fullPage: true });
    await page.close();
  });
}

await check('a locale switch keeps what the shopper typed', async () => {
  const page = await open();
  await useCard(page, 'Insufficient funds');
  const before = await typed(page);
  await page.locator('.demo-settings select').first().selectOption('fr-FR');
  await page.waitForFunction(() => document.documentElement.lang === 'fr-FR');
  assert(JSON.stringify(await typed(page)) === JSON.stringify(before), 'values were lost on a locale switch');
  await page.close();
});

// A final 500 (Stripe-Should-Retry: false) may have charged: nothing is sent, whatever the
// shopper presses, until the shop's server has looked the attempt up; then each finding does
// what it says (not charged: a new attempt with a new key; charged: the confirmation).
for (const [scenario, charged] of [
  ['server_error_no_retry', false],
  ['server_error_no_retry_charged', true],
]) {
  await check(`a final 500 (${charged ? 'charged' : 'not charged'}): no second request until the shop resolves it`, async () => {
    const page = await open();
    await useCard(page, 'Succeeds');
    await failNext(page, scenario);
    await pay(page);
    const summary = page.locator('.ce-ErrorSummary');
    await summary.getByText('We couldn’t confirm your payment yet. Don’t pay again until we do.').waitFor();
    assert((await requestCount(page)) === 1, 'the first payment was not sent exactly once');
    // Press pay again, click repeatedly, press Enter in a field: nothing may leave the page.
    // The button is aria-disabled (still focusable): force the presses a shopper can still make.
    await page.locator('.ce-SubmitButton-button').click({ force: true });
    await page.locator('.ce-SubmitButton-button').click({ clickCount: 3, force: true });
    await page.locator('input[name="cardCvc"]').press('Enter');
    await page.locator('.ce-SubmitButton-button').press('Enter');
    await page.waitForTimeout(400);
    assert((await requestCount(page)) === 1, `a second request was sent before the shop resolved: ${await requestCount(page)}`);
    assert((await ledger(page)) === (charged ? 1 : 0), 'the ledger is not what the scenario charged');
    const firstKey = await page.evaluate(() => window.checkoutDemo.api.requests[0].idempotencyKey);
    await page.getByRole('button', { name: 'Look the payment up' }).click();
    if (charged) {
      await page.waitForSelector('.demo-success');
      assert((await requestCount(page)) === 1 && (await ledger(page)) === 1, 'confirming a charged payment sent or charged again');
    } else {
      await page.locator('.ce-ErrorSummary').waitFor({ state: 'hidden' });
      await pay(page);
      await page.waitForSelector('.demo-success');
      const keys = await page.evaluate(() => window.checkoutDemo.api.requests.map((r) => r.idempotencyKey));
      assert(keys.length === 2 && keys[1] !== firstKey, `the new attempt did not get a new key: ${keys.join(', ')}`);
      assert((await ledger(page)) === 1, 'not exactly one charge after the new attempt');
    }
    await page.close();
  });
}

// Under the demo's strict Content-Security-Policy nothing is blocked and nothing leaves the origin.
await check('the demo runs under a strict Content-Security-Policy: no violation, no request off the origin', async () => {
  const policy = (await fetch(BASE)).headers.get('content-security-policy') ?? '';
  assert(/default-src 'self'/.test(policy) && !policy.includes('unsafe-inline'), `the demo's policy is "${policy}"`);
  const page = await open('?theme=dark&locale=de-DE');
  await useCard(page, 'Generic decline');
  await pay(page);
  await page.locator('[data-part="decline"]').waitFor();
  await useCard(page, 'Succeeds');
  await pay(page);
  await page.waitForSelector('.demo-success');
  const violations = await page.evaluate(() => window.cspViolations);
  assert(violations.length === 0, `blocked by the policy: ${violations.join(', ')}`);
  assert(page.offOrigin.length === 0, `requests off the origin: ${page.offOrigin.join(', ')}`);
  assert(page.problems.length === 0, `page errors: ${page.problems.join(', ')}`);
  await page.close();
});
await serverRenderedThemeChecks({ browser, check, assert });

await check('the language switcher lists every shipped locale, each under its own name', async () => {
  const { localeLoaders, localeChain } = {
    ...(await import('../packages/core/dist/localeLoaders.js')),
    ...(await import('../packages/core/dist/index.js')),
  };
  const page = await open();
  const options = await page
    .locator('.demo-settings select')
    .first()
    .locator('option')
    .evaluateAll((all) => all.map((option) => ({ tag: option.value, name: option.textContent, lang: option.lang })));
  const reached = new Set(options.flatMap(({ tag }) => localeChain(tag)));
  const missing = Object.keys(localeLoaders).filter((tag) => !reached.has(tag));
  assert(missing.length === 0, `no option reaches ${missing.join(', ')}`);
  for (const { tag, name, lang } of options) {
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    assert(name.toLowerCase() === own.toLowerCase() && lang === tag, `${tag} is listed as "${name}" (lang ${lang}), not "${own}"`);
  }
  await page.close();
});

// The Storybook stories in Arabic, Hebrew and Persian: every story right to left, nothing cut off, screenshots.
const storybook = await startPreview(PORT + 2, 'storybook-static');
const stories = Object.values((await (await fetch(`${storybook.url}index.json`)).json()).entries).filter((entry) => entry.type === 'story');
for (const [locale, name] of [
  ['ar-EG', 'Arabic'],
  ['he-IL', 'Hebrew'],
  ['fa-IR', 'Persian'],
]) {
  mkdirSync(`${ARTIFACTS}stories-${locale}`, { recursive: true });
  await check(`all ${stories.length} stories render right to left in ${name}, within 360 px`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    // The Arabic story sets its own locale whatever the toolbar says.
    for (const story of stories.filter((entry) => locale === 'ar-EG' || !entry.id.includes('arabic'))) {
      await page.goto(`${storybook.url}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
      await page.waitForSelector('[data-part="root"][dir="rtl"]', { timeout: 10000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${ARTIFACTS}stories-${locale}/${story.id}.png`, fullPage: true });
      const layout = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('.ce-Field')].map((field) => {
          const label = field.querySelector('.ce-Field-label')?.getBoundingClientRect();
          const control = field.querySelector('.ce-Field-control')?.getBoundingClientRect();
          return label && control ? Math.abs(label.right - control.right) : 0;
        });
        return {
          lang: document.querySelector('[data-part="root"]')?.getAttribute('lang'),
          misaligned: controls.filter((gap) => gap > 2).length,
        };
      });
      // The catalog is a wide table by design; every other story must fit.
      const overflow = story.id.startsWith('catalog') ? 0 : await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (layout.lang !== locale) problems.push(`${story.id}: lang ${layout.lang}`);
      if (layout.misaligned > 0) problems.push(`${story.id}: ${layout.misaligned} labels not on the right edge of their control`);
      if (overflow > 0) problems.push(`${story.id}: ${overflow} px of horizontal scrolling`);
    }
    await context.close();
    assert(problems.length === 0, problems.join('\n'));
  });
}
storybook.stop();

await browser.close();
stop();
console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed; screenshots in artifacts/`);
process.exit(failed > 0 ? 1 : 0);
