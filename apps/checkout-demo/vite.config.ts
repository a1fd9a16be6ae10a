import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo runs the kit from each package's src/ through the private `@checkout-errors/source`
// export condition, so `pnpm start` on a clean clone needs no package build first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@checkout-errors/source', ...defaultClientConditions] },
  build: { target: 'es2022', sourcemap: true },
});
