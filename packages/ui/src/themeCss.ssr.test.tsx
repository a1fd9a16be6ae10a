import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider } from './CheckoutErrorsProvider.js';
import { createTheme, themeCss } from './createTheme.js';

// Runs in Node, as a server component or an SSR render would: createTheme and themeCss are pure.
const theme = createTheme({ 'color-accent': '#0b6e4f', radius: '2px', 'font-family': '"Brand Sans", system-ui' }, 'dark');

describe('a theme under a strict Content-Security-Policy', () => {
  it('renders the theme into a <style nonce> element instead of a style attribute when given a nonce', () => {
    const html = renderToString(
      <CheckoutErrorsProvider theme={theme} nonce="r4nd0m">
        <p>Pay</p>
      </CheckoutErrorsProvider>,
    );
    expect(html).not.toContain('style="');
    const id = html.match(/data-ce-theme-id="(t[0-9a-z]+)"/)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(
      `<style nonce="r4nd0m">.ce-Root[data-ce-theme-id=${id}]{--ce-color-accent:#0b6e4f;--ce-radius:2px;--ce-font-family:Brand Sans, system-ui}</style>`,
    );
    expect(html).toContain('data-ce-theme="dark"');
  });

  it('keeps the style attribute without a nonce, as before', () => {
    const html = renderToString(<CheckoutErrorsProvider theme={theme}>x</CheckoutErrorsProvider>);
    expect(html).toContain('style="--ce-color-accent:#0b6e4f;--ce-radius:2px');
    expect(html).not.toContain('<style');
  });

  it('leaves out values that could end the rule or the element', () => {
    const hostile = {
      properties: {
        '--ce-color-accent': 'red}</style><script>alert(1)</script>',
        '--ce-radius': '4px;color:red',
        '--ce-color-text': '#111',
        '--ce-font-family': '"a\\" b", serif',
      },
    } as never;
    expect(themeCss(hostile, '.shop-checkout')).toBe('.shop-checkout{--ce-color-text:#111}');
  });
});
