/**
 * `@checkout-errors/ui/dev`: a development-only panel of each error's developer facts. Import it
 * freely: production builds render nothing and carry none of it.
 */
export type { DeveloperPanelProps } from './DeveloperPanel.js';
export { DeveloperPanel } from './DeveloperPanel.js';
