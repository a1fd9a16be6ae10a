// Debian's chromium, never a downloaded browser (see shared/TOOLCHAIN.md, F5). Without the
// background-networking flags chromium keeps dialling out on this closed network. Shared by
// the vitest browser projects, the end-to-end suite and Lighthouse.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
