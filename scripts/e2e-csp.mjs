// A server-rendered checkout page under a strict Content-Security-Policy (no 'unsafe-inline' for
// styles), in Debian's chromium: a createTheme() theme given as a `style` attribute is dropped by
// such a policy (and hydration does not apply it again), while the provider's `nonce` path puts
// it in a <style nonce> element the policy allows. Renders the built ui package with React's
// server renderer, as a Next.js server component would; run after `pnpm build`.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const ui = new URL('../packages/ui/', import.meta.url);
const { CheckoutErrorsProvider, createTheme } = await import(new URL('dist/index.js', ui).href);
const ACCENT = '#0b6e4f';

/** Serves /nonce and /attribute: the same themed checkout, with and without the provider's nonce. */
function serve() {
  const css = {
    '/theme.css': readFileSync(new URL('src/theme.css', ui)),
    '/styles.css': readFileSync(new URL('src/styles.css', ui)),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (Object.hasOwn(css, path)) {
      response.writeHead(200, { 'content-type': 'text/css' }).end(css[path]);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const theme = createTheme({ 'color-accent': ACCENT, radius: '2px' }, 'dark');
    const checkout = createElement(
      CheckoutErrorsProvider,
      { theme, ...(path === '/nonce' ? { nonce } : {}) },
      createElement('button', { type: 'button', className: 'ce-SubmitButton-button' }, 'Pay'),
    );
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR theme</title><link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/styles.css"></head><body>${renderToString(checkout)}</body></html>`;
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`,
      })
      .end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function serverRenderedThemeChecks({ browser, check, assert }) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const visit = async (path) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
    });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.ce-Root');
    await page.waitForTimeout(100);
    const seen = await page.evaluate(() => ({
      accent: getComputedStyle(document.querySelector('.ce-Root')).getPropertyValue('--ce-color-accent').trim(),
      theme: document.querySelector('.ce-Root').getAttribute('data-ce-theme'),
      violations: window.cspViolations,
    }));
    await context.close();
    return seen;
  };
  await check('a server-rendered createTheme() theme survives a strict style policy through the nonce path', async () => {
    const withNonce = await visit('/nonce');
    assert(withNonce.accent === ACCENT, `with a nonce the accent is "${withNonce.accent}", not ${ACCENT}`);
    assert(withNonce.violations.length === 0, `with a nonce the policy blocked: ${withNonce.violations.join(', ')}`);
    // The same page as a style attribute: the policy drops it. This is the hole the nonce closes.
    const asAttribute = await visit('/attribute');
    assert(asAttribute.accent !== ACCENT && asAttribute.theme === 'dark', `the style attribute was applied: ${asAttribute.accent}`);
    assert(
      asAttribute.violations.some((v) => v.startsWith('style-src')),
      'the policy reported no blocked style attribute',
    );
  });
  server.close();
}
