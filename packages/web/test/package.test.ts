import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as web from '@cases/web';

import { buildBundles } from '../scripts/bundle-options.mjs';
import { BUNDLE_BUDGET, checkSizes } from '../scripts/check-size.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let dir: string;
let inputs: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cases-web-size-'));
  const results = await buildBundles(dir);
  inputs = results.flatMap((r) => Object.keys(r.metafile!.inputs));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundles', () => {
  it(`both bundles are under ${BUNDLE_BUDGET / 1024} KB gzipped, every entry within its budget`, () => {
    expect(checkSizes(undefined, dir)).toBe(true);
  });

  it('the size check fails the build above budget', async () => {
    const failed = await run('node', [join(root, 'scripts/check-size.mjs'), '--dir', dir, '--budget', '4096']).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('OVER BUDGET');
    const passed = await run('node', [join(root, 'scripts/check-size.mjs'), '--dir', dir]);
    expect(passed.stdout).toContain('cases-web.js');
  });

  it('bundle nothing but our own code and core’s browser entry (no zod, no parsers, no dependencies)', () => {
    const outside = inputs.filter(
      (p) =>
        (!p.startsWith('src/') && !/core\/src\/(browser\.ts|model\/[\w-]+\.ts|query\/facet(s|-values)\.ts|export\/check-export\.ts)$/.test(p)) ||
        /core\/src\/model\/model\.ts$/.test(p),
    );
    expect(outside).toEqual([]);
  });
});

describe('public surface', () => {
  it('exports', () => {
    expect(Object.keys(web).sort()).toMatchInlineSnapshot(`
      [
        "BUNDLE_FILES",
        "DEMO_CSP",
        "ExportDataError",
        "OBSERVED_ATTRIBUTES",
        "STYLES",
        "VIEWS",
        "checkExport",
        "createEmbedKit",
        "define",
        "jsonForScript",
        "parseExport",
        "renderToString",
        "safeImageUrl",
        "safeLinkUrl",
        "toExportIndex",
        "uiLabels",
      ]
    `);
  });

  it('can be imported in Node: nothing touches the DOM until define() is called', () => {
    expect(() => web.define()).toThrow(/customElements is not defined/);
  });

  it('custom-elements.json documents every element, attribute, event, part and CSS property', async () => {
    const out = join(dir, 'custom-elements.json');
    await run('node', [join(root, 'scripts/build-manifest.mjs'), out]);
    const manifest = JSON.parse(readFileSync(out, 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    const decls = manifest.modules[0].declarations.filter((d: { customElement?: boolean }) => d.customElement);
    expect(decls.map((d: { tagName: string }) => d.tagName)).toEqual(Object.keys(web.VIEWS).map((n) => `cases-${n}`));
    const attributes = new Set(decls.flatMap((d: { attributes: { name: string }[] }) => d.attributes.map((a) => a.name)));
    expect([...web.OBSERVED_ATTRIBUTES].filter((a) => !attributes.has(a))).toEqual([]);
    const cssProps = new Set(web.STYLES.match(/--cases-[a-z-]+/g));
    for (const d of decls) {
      expect(d.description).toBeTruthy();
      expect(d.members.map((m: { name: string }) => m.name)).toContain('data');
      expect(d.cssProperties.map((p: { name: string }) => p.name).sort()).toEqual([...cssProps].sort());
      for (const item of [...d.attributes, ...d.cssParts, ...d.cssProperties, ...d.events]) expect(item.description, item.name).toBeTruthy();
    }
    const events = new Set(decls.flatMap((d: { events: { name: string }[] }) => d.events.map((e) => e.name)));
    expect([...events].sort()).toEqual(['cases-filter', 'cases-select']);
  });

  it.skipIf(!existsSync(join(root, 'dist/index.js')))('after a build, every exports path exists and dist/ imports', async () => {
    for (const target of Object.values(pkg.exports as Record<string, string | { default: string; types: string }>)) {
      for (const file of typeof target === 'string' ? [target] : [target.default, target.types]) {
        // A pattern export stands for every element entry.
        const files = file.includes('*') ? ['card', 'list', 'detail', 'quote', 'scenario'].map((n) => file.replace('*', `cases-${n}.js`)) : [file];
        for (const one of files) expect(existsSync(join(root, one)), one).toBe(true);
      }
    }
    const built = await import(join(root, 'dist/index.js'));
    expect(Object.keys(built).sort()).toEqual(Object.keys(web).sort());
    expect(built.renderToString('quote', (await import('./helpers/site.js')).FIXTURE, { attributes: { 'case-id': 'tuling' } })).toContain('KubeSphere');
  });
});
