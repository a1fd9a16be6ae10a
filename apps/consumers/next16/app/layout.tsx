import '@checkout-errors/ui/theme.css';
import '@checkout-errors/ui/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Checkout (Next.js 16)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
