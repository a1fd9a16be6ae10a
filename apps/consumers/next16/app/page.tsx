import { createTheme } from '@checkout-errors/ui';
import { headers } from 'next/headers';
import { Checkout } from '../shared/Checkout';

// A server component: createTheme is pure (its module has no 'use client'), so the theme is made
// on the server and only the client checkout hydrates. The nonce comes from proxy.ts.
export default async function Page() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const theme = createTheme({ 'color-accent': '#0b6e4f', radius: '2px' }, 'dark');
  return <Checkout locale="en-US" country="US" theme={theme} nonce={nonce} pay="Pay $39.98" />;
}
