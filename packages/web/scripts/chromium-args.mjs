// Chromium flags for this package's tests, bench and screenshots (headless, quiet, no sandbox
// when root). @cases/pdf has its own for printing; web does not depend on it.
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
