import '../packages/ui/src/theme.css';
import '../packages/ui/src/styles.css';
import '../packages/ui/src/brand-example.css';
import { loadLocale } from '@checkout-errors/core/locale-loaders';
import { CheckoutErrorsProvider } from '@checkout-errors/ui';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';

// Every shipped locale, each under its own name in its own language (Intl.DisplayNames).
const TAGS = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-419',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'ja-JP',
  'pl-PL',
  'da-DK',
  'nb-NO',
  'sv-SE',
  'fi-FI',
  'ca-ES',
  'ro-RO',
  'ar-EG',
  'he-IL',
  'fa-IR',
  'ur-PK',
];
const LOCALES = TAGS.map((tag) => ({ value: tag, title: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag, right: tag }));
const THEMES = ['light', 'dark', 'high-contrast', 'brand-example'];

// Every story inside the provider, in the toolbar's locale (its catalogs loaded first) and theme.
const withCheckout: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en-US');
  const theme = String(context.globals.theme ?? 'light');
  return (
    <QueryClientProvider client={new QueryClient()}>
      <CheckoutErrorsProvider locale={locale} locales={context.loaded.catalogs ?? []} theme={theme} className="story-root">
        <div
          style={{
            minHeight: '100vh',
            boxSizing: 'border-box',
            padding: '1rem',
            fontFamily: 'var(--ce-font-family)',
            background: 'var(--ce-color-bg)',
            color: 'var(--ce-color-text)',
          }}
        >
          {/* Checkout-sized by default; `parameters.wide` for tables such as the catalog. */}
          <div style={{ maxWidth: context.parameters.wide ? 'none' : '36rem' }}>
            <Story />
          </div>
        </div>
      </CheckoutErrorsProvider>
    </QueryClientProvider>
  );
};

const preview: Preview = {
  loaders: [mswLoader(), async ({ globals }) => ({ catalogs: await loadLocale(String(globals.locale ?? 'en-US')) })],
  decorators: [withCheckout],
  globalTypes: {
    locale: {
      description: 'Locale (ar, he, fa and ur are right to left)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: { description: 'Theme', toolbar: { title: 'Theme', icon: 'paintbrush', items: THEMES, dynamicTitle: true } },
  },
  initialGlobals: { locale: 'en-US', theme: 'light' },
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};
export default preview;
