import type { LocaleCatalog } from '@checkout-errors/core';
import { loadLocale, textDirection } from '@checkout-errors/core/locale-loaders';
import { CheckoutErrorsProvider } from '@checkout-errors/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CheckoutForm } from './CheckoutForm.js';
import { COUNTRIES, LOCALES, pageText } from './text.js';

const THEMES = ['light', 'dark', 'high-contrast', 'brand-example'] as const;
const queryClient = new QueryClient();
const params = new URLSearchParams(window.location.search);
const countryOf = (locale: string) => LOCALES.find(([tag]) => tag === locale)?.[2] ?? 'US';

/** The demo shell: locale, country and theme switchers around the checkout. Settings also come from the URL (`?locale=ar-EG&theme=dark`). */
export function App() {
  const initial = params.get('locale') ?? 'en-US';
  const [wanted, setWanted] = useState(initial);
  // The locale on show changes only once its catalogs are loaded, so no English flashes in between.
  // English is built in: it renders at once, without waiting for a loader.
  const [loaded, setLoaded] = useState<{ locale: string; catalogs: LocaleCatalog[] } | null>(
    /^en\b/.test(initial) ? { locale: initial, catalogs: [] } : null,
  );
  const [country, setCountry] = useState(params.get('country') ?? countryOf(initial));
  const [theme, setTheme] = useState(params.get('theme') ?? 'light');

  useEffect(() => {
    let live = true;
    loadLocale(wanted).then((catalogs) => live && setLoaded({ locale: wanted, catalogs }));
    return () => {
      live = false;
    };
  }, [wanted]);

  const locale = loaded?.locale ?? 'en-US';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  if (loaded === null) return null;
  const t = pageText(locale);
  return (
    <QueryClientProvider client={queryClient}>
      <CheckoutErrorsProvider locale={locale} country={country} locales={loaded.catalogs} theme={theme} className="demo-root">
        <header className="demo-header">
          <p className="demo-shop">Northwind Wool</p>
          <div className="demo-settings" lang="en">
            <label>
              <span>Language</span>
              <select
                value={wanted}
                onChange={(event) => {
                  setWanted(event.target.value);
                  setCountry(countryOf(event.target.value));
                }}
              >
                {LOCALES.map(([tag, name]) => (
                  <option key={tag} value={tag} lang={tag}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Theme</span>
              <select value={theme} onChange={(event) => setTheme(event.target.value)}>
                {THEMES.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </header>
        <main className="demo-page">
          <h1>{t.checkout}</h1>
          <CheckoutForm
            locale={locale}
            country={country}
            countries={COUNTRIES}
            onCountryChange={setCountry}
            timeoutMs={Number(params.get('timeoutMs') ?? 30_000)}
          />
        </main>
      </CheckoutErrorsProvider>
    </QueryClientProvider>
  );
}
