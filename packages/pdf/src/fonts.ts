import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** URL path under which the page loads the bundled fonts (served from memory, never the network). */
export const FONT_PATH = '/_fonts/';

/** The bundled font files (subset WOFF2 with TrueType outlines, see scripts/build-fonts.mjs). */
export const FONT_FILES = [
  'noto-sans-sc-400.woff2',
  'noto-sans-sc-700.woff2',
  'inter-400.woff2',
  'inter-400-italic.woff2',
  'inter-600.woff2',
  'inter-700.woff2',
  'jetbrains-mono-400.woff2',
] as const;

/** Quotes and the ellipsis come from the CJK face in Chinese text (full width), from Inter otherwise. */
const LATIN_RANGE_ZH =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2013, U+2016-2017, U+201E-2025, U+2027-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215';

/** The @font-face rules for the bundled families: "Cases Sans" (Latin), "Cases CJK", "Cases Mono". */
export function fontFaceCss(locale: string): string {
  const zh = locale.toLowerCase().startsWith('zh');
  const range = zh ? `unicode-range: ${LATIN_RANGE_ZH};` : '';
  const face = (family: string, file: string, weight: number, style = 'normal', extra = '') =>
    `@font-face{font-family:"${family}";src:url("${FONT_PATH}${file}") format("woff2");font-weight:${weight};font-style:${style};font-display:block;${extra}}`;
  return [
    face('Cases Sans', 'inter-400.woff2', 400, 'normal', range),
    face('Cases Sans', 'inter-400-italic.woff2', 400, 'italic', range),
    face('Cases Sans', 'inter-600.woff2', 600, 'normal', range),
    face('Cases Sans', 'inter-700.woff2', 700, 'normal', range),
    face('Cases CJK', 'noto-sans-sc-400.woff2', 400),
    face('Cases CJK', 'noto-sans-sc-700.woff2', 700),
    face('Cases Mono', 'jetbrains-mono-400.woff2', 400),
    face('Cases Display', 'inter-700.woff2', 700),
  ].join('\n');
}

let fontDir: string | undefined;

/**
 * The folder holding the bundled fonts: `fonts/` beside `src/` or `dist/`, or, when this code
 * is bundled into another program (the CLI), `fonts/` beside that bundle or the installed
 * `@cases/pdf` package's.
 */
export function fontsDir(): string {
  if (fontDir) return fontDir;
  const probe = (dir: string) => existsSync(join(dir, FONT_FILES[0]));
  const here = dirname(fileURLToPath(import.meta.url));
  const local = join(here, '..', 'fonts');
  if (probe(local)) return (fontDir = local);
  // A program that bundles this code may ship the fonts beside its bundle (the CLI's dist/fonts).
  const beside = join(here, 'fonts');
  if (probe(beside)) return (fontDir = beside);
  try {
    const pkg = createRequire(import.meta.url).resolve('@cases/pdf/package.json');
    const installed = join(dirname(pkg), 'fonts');
    if (probe(installed)) return (fontDir = installed);
  } catch {
    // not installed as a package: fall through
  }
  throw new Error(`The bundled fonts of @cases/pdf are missing (looked in ${local}); reinstall @cases/pdf.`);
}

const cache = new Map<string, Buffer>();

/** Read a bundled font file into memory once. Returns `undefined` for names that are not bundled. */
export function readFont(name: string): Buffer | undefined {
  if (!(FONT_FILES as readonly string[]).includes(name)) return undefined;
  let buf = cache.get(name);
  if (!buf) {
    buf = readFileSync(join(fontsDir(), name));
    cache.set(name, buf);
  }
  return buf;
}
