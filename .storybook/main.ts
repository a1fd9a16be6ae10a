import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

// Stories run from each package's src/ through the private source export condition, like the
// tests and the demo: nothing has to be built first.
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    vite.resolve ??= {};
    vite.resolve.conditions = ['@checkout-errors/source', ...defaultClientConditions];
    return vite;
  },
};
export default config;
