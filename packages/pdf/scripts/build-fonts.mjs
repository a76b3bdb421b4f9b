// Regenerates the bundled fonts in ../fonts from the npm font packages (devDependencies).
// The CJK face is subset to GB2312 plus every character of the content and corpus we know
// of, so the package stays small; glyphs outside it fall back to the Latin/system stack.
// Run: node packages/pdf/scripts/build-fonts.mjs [extra-text-dir...]
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'fonts');
const repo = join(here, '..', '..', '..');

function range(from, to) {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

function gb2312() {
  const dec = new TextDecoder('gbk');
  let s = '';
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) s += dec.decode(Buffer.from([hi, lo]));
  }
  return s.replace(/\uFFFD/g, '');
}

async function textOf(dir) {
  let s = '';
  let entries;
  try {
    entries = await readdir(dir);
  } catch {
    return '';
  }
  for (const name of entries) {
    const p = join(dir, name);
    const st = await stat(p);
    if (st.isDirectory()) s += await textOf(p);
    else if (/\.(md|txt|ya?ml)$/.test(name)) s += await readFile(p, 'utf8');
  }
  return s;
}

const latin =
  range(0x20, 0x7e) +
  range(0xa0, 0x17f) +
  range(0x2000, 0x206f) +
  range(0x20a0, 0x20bf) +
  range(0x2100, 0x215f) +
  range(0x2190, 0x21ff) +
  range(0x2200, 0x22ff) +
  range(0x25a0, 0x25ff);
const cjkPunct = range(0x3000, 0x303f) + range(0xff00, 0xffef) + range(0x2e80, 0x2eff);

const extraDirs = [join(repo, 'content'), join(repo, '..', 'shared', 'corpus'), join(repo, '..', 'shared', 'seeds'), ...process.argv.slice(2)];
let seen = '';
for (const d of extraDirs) seen += await textOf(d);
const cjkText = [...new Set(latin + cjkPunct + gb2312() + seen)].join('');

const faces = [
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf', 'noto-sans-sc-400.woff2', cjkText],
  ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf', 'noto-sans-sc-700.woff2', cjkText],
  ['@expo-google-fonts/inter', '400Regular/Inter_400Regular.ttf', 'inter-400.woff2', latin],
  ['@expo-google-fonts/inter', '400Regular_Italic/Inter_400Regular_Italic.ttf', 'inter-400-italic.woff2', latin],
  ['@expo-google-fonts/inter', '600SemiBold/Inter_600SemiBold.ttf', 'inter-600.woff2', latin],
  ['@expo-google-fonts/inter', '700Bold/Inter_700Bold.ttf', 'inter-700.woff2', latin],
  ['@expo-google-fonts/jetbrains-mono', '400Regular/JetBrainsMono_400Regular.ttf', 'jetbrains-mono-400.woff2', latin],
];

await mkdir(out, { recursive: true });
for (const [pkg, file, name, text] of faces) {
  const src = join(dirname(require.resolve(`${pkg}/package.json`)), file);
  const buf = await subsetFont(await readFile(src), text, { targetFormat: 'woff2' });
  await writeFile(join(out, name), buf);
  console.log(`${name}  ${(buf.length / 1024).toFixed(0)} KiB`);
}
for (const pkg of ['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/inter', '@expo-google-fonts/jetbrains-mono']) {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const short = pkg.split('/')[1];
  await writeFile(join(out, `LICENSE-${short}.txt`), await readFile(join(dir, 'LICENSE_FONT')));
}
