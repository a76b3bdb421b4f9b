// The CLI bundles the code of @cases/* but not their files: it ships the web kit (browser
// bundles, stylesheet, Custom Elements Manifest) and the PDF fonts beside its bundle, so an
// installed CLI needs no @cases package at runtime (see docs/decisions/045).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** dist/web: the installed @cases/web's layout (dist/ without types, custom-elements.json); no nested package.json. */
const web = packageDir('@cases/web');
const webOut = join(dist, 'web');
rmSync(webOut, { recursive: true, force: true });
mkdirSync(webOut, { recursive: true });
cpSync(join(web, 'custom-elements.json'), join(webOut, 'custom-elements.json'));
if (!existsSync(join(web, 'dist'))) throw new Error(`${web}/dist is missing: build @cases/web first`);
cpSync(join(web, 'dist'), join(webOut, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });

/** dist/fonts: the PDF fonts and their licences, found by @cases/pdf's fontsDir() beside the bundle. */
const fontsOut = join(dist, 'fonts');
rmSync(fontsOut, { recursive: true, force: true });
cpSync(join(packageDir('@cases/pdf'), 'fonts'), fontsOut, { recursive: true });
