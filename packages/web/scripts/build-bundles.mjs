// Builds the browser bundles (one ES module, one classic script) and the stylesheet for
// static markup under a strict CSP, then fails the build when a bundle is over budget.
import { writeFileSync } from 'node:fs';

import { buildBundles, importSource, root } from './bundle-options.mjs';
import { checkSizes } from './check-size.mjs';

const { STYLES } = await importSource();

await buildBundles(`${root}dist`);
writeFileSync(`${root}dist/cases-web.css`, STYLES.trim() + '\n');
process.exitCode = checkSizes() ? 0 : 1;
