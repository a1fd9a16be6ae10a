import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo runs the kit from each package's src/ through the private `@checkout-errors/source`
// export condition, so `pnpm start` on a clean clone needs no package build first.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@checkout-errors/source', ...defaultClientConditions] },
  build: { target: 'es2022', sourcemap: true },
  // The built demo is served under the strict policy a careful shop uses (the e2e suite checks
  // that nothing is blocked and nothing leaves the origin). Not on the dev server: Vite injects
  // its styles there as inline <style> elements.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
