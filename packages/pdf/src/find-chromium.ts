import { accessSync, constants } from 'node:fs';

import { CasesError } from '@cases/core';

/** Where a system Chromium or Chrome is usually installed, in the order we try them. */
export const SYSTEM_BROWSERS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Find a Chromium to drive: the explicit path, then `PUPPETEER_EXECUTABLE_PATH`, then a system
 * Chromium or Chrome, then a browser downloaded by the optional `puppeteer` package.
 * @throws CasesError `chromium-not-found` saying how to install one.
 */
export async function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new CasesError('chromium-not-found', `--chromium ${explicit}: no executable browser at that path.`);
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new CasesError('chromium-not-found', `PUPPETEER_EXECUTABLE_PATH=${fromEnv}: no executable browser at that path.`);
  }
  for (const p of SYSTEM_BROWSERS) if (isExecutable(p)) return p;
  try {
    const name = 'puppeteer';
    const mod = (await import(name)) as { executablePath?: () => string; default?: { executablePath?: () => string } };
    const path = (mod.executablePath ?? mod.default?.executablePath)?.();
    if (path && isExecutable(path)) return path;
  } catch {
    // puppeteer (the full package) is optional
  }
  throw new CasesError(
    'chromium-not-found',
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `apt-get install chromium`; macOS: install Google Chrome), ' +
      'or point PUPPETEER_EXECUTABLE_PATH (or --chromium) at a Chrome/Chromium executable.',
  );
}
