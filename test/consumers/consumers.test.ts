import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, toExport } from '@cases/core';
import { CHROMIUM_ARGS } from '@cases/pdf';
import { jsonForScript } from '@cases/web';

// Consumers as users have them: every package packed with `npm pack`, installed from the
// tarballs into fresh projects outside the workspace (dependencies from the registry, served
// from the local npm cache when it has them), then used the way each README says.

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/consumers/fixtures');
const content = join(root, 'content');
const PACKAGES = ['core', 'pdf', 'terminal', 'web', 'cli'] as const;
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** Packages that only run in Node: none may be in the tree of a browser-only consumer. */
const NODE_ONLY = [
  '@cases/cli',
  '@cases/pdf',
  '@cases/terminal',
  'puppeteer',
  'puppeteer-core',
  '@puppeteer/browsers',
  'chromium-bidi',
  'ws',
  'pdf-lib',
  'cli-progress',
  'commander',
  'ink',
  'react-reconciler',
  'yargs',
  'proxy-agent',
  'tar-fs',
  'extract-zip',
];
/** Imports in the CLI bundle that are not declared on purpose (optional, loaded in try/catch or only in dev). */
const OPTIONAL_IMPORTS = new Set(['puppeteer', 'react-devtools-core', 'bufferutil', 'utf-8-validate']);

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Run a command to completion (never through a shell); a hung one is killed after `timeout` ms. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout = 240_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', NO_COLOR: '1', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** Fail with the command's output when it did not exit 0. */
function ok(r: Run, what: string): Run {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${r.out}\n${r.err}`);
  return r;
}

/** The version of a workspace devDependency, so a consumer installs what the cache already holds. */
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Sum of file sizes under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** Every package in an `npm ls --all --json` tree, as name@version. */
function treeNames(node: { dependencies?: Record<string, { version?: string; dependencies?: unknown }> }, into = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    into.add(`${name}@${child.version}`);
    treeNames(child as Parameters<typeof treeNames>[0], into);
  }
  return into;
}

/** A fresh project: fixture files copied, a package.json with the given dependencies. */
function project(base: string, name: string, dependencies: Record<string, string>, devDependencies: Record<string, string> = {}): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(fixtures, name))) cpSync(join(fixtures, name), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', dependencies, devDependencies }, null, 2));
  return dir;
}

/** `pdftotext` of a PDF file, whitespace collapsed. */
async function pdfText(file: string): Promise<string> {
  const r = ok(await run('pdftotext', ['-enc', 'UTF-8', file, '-'], root), 'pdftotext');
  return r.out.replace(/\s+/g, ' ');
}

describe('consumers install the packed packages', () => {
  const base = mkdtempSync(join(tmpdir(), 'cases-consumers-'));
  const tgz: Record<string, string> = {};
  const dirs = { typescript: '', pdf: '', vite: '', prefix: join(base, 'prefix') };
  const installs: Record<string, Run> = {};
  afterAll(() => process.env.CASES_KEEP_CONSUMERS || rmSync(base, { recursive: true, force: true }));

  beforeAll(async () => {
    const started = performance.now();
    const packed = ok(await run('npm', ['pack', '--json', '--pack-destination', base, ...PACKAGES.flatMap((p) => ['-w', `packages/${p}`])], root), 'npm pack');
    for (const entry of JSON.parse(packed.out) as { name: string; filename: string; size: number; unpackedSize: number }[]) {
      tgz[entry.name] = join(base, entry.filename);
      console.log(`packed ${entry.filename}: ${entry.size} bytes (${entry.unpackedSize} unpacked)`);
    }
    const file = (name: string) => `file:${tgz[name]}`;
    dirs.typescript = project(
      base,
      'typescript',
      { '@cases/core': file('@cases/core') },
      { typescript: installedVersion('typescript'), '@types/node': installedVersion('@types/node') },
    );
    dirs.pdf = project(base, 'pdf-script', { '@cases/core': file('@cases/core'), '@cases/pdf': file('@cases/pdf') });
    // @cases/core is not on the registry, so the browser consumer gets it from its tarball too.
    dirs.vite = project(base, 'vite-web', { '@cases/web': file('@cases/web'), '@cases/core': file('@cases/core') }, { vite: installedVersion('vite') });
    // Installs run side by side; each result is checked by its own test.
    const [ts, pdf, vite, cli] = await Promise.all([
      run('npm', ['install', ...INSTALL_FLAGS], dirs.typescript),
      run('npm', ['install', ...INSTALL_FLAGS], dirs.pdf),
      run('npm', ['install', ...INSTALL_FLAGS], dirs.vite),
      // The CLI alone: it bundles every @cases package it uses.
      run('npm', ['install', '--global', '--prefix', dirs.prefix, ...INSTALL_FLAGS, tgz['@cases/cli']!], base),
    ]);
    Object.assign(installs, { ts, pdf, vite, cli });
    console.log(`packed and installed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('(a) strict TypeScript, moduleResolution node16 and bundler: @cases/core type-checks and loads the seeds', async () => {
    ok(installs.ts!, 'npm install (typescript consumer)');
    const tsc = join(dirs.typescript, 'node_modules/typescript/bin/tsc');
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], dirs.typescript), 'tsc (bundler)');
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], dirs.typescript), 'tsc (node16)');
    const r = ok(await run(process.execPath, ['dist/main.js', content], dirs.typescript), 'node dist/main.js');
    expect(JSON.parse(r.out)).toEqual({ cases: 4, scenarios: 5, errors: 0, schemaVersion: true, first: expect.any(String), label: true, schema: 'function' });
  }, 180_000);

  it('(b) a script renders one case sheet with @cases/pdf and the system Chromium', async () => {
    ok(installs.pdf!, 'npm install (pdf consumer)');
    const out = join(dirs.pdf, 'vesoft.pdf');
    ok(await run(process.execPath, ['render.mjs', content, 'vesoft', out], dirs.pdf), 'node render.mjs');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(out)).toMatch(/vesoft|欧若数网/i);
  }, 120_000);

  it('(c) a global install of the CLI tarball runs `cases --version` and `cases build` with PDFs', async () => {
    ok(installs.cli!, 'npm install --global (cli)');
    const cases = join(dirs.prefix, 'bin/cases');
    const pkgDir = join(dirs.prefix, 'lib/node_modules/@cases/cli');
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect(ok(await run(cases, ['--version'], base), 'cases --version').out.trim()).toBe(pkg.version);

    const out = join(base, 'cli-out');
    const r = ok(await run(cases, ['build', '--content', content, '--out', out, '--offline'], base), 'cases build');
    expect(r.out + r.err).toMatch(/pdf: 5 files written, 0 up to date, 0 failed/);
    for (const name of ['vesoft.pdf', 'tuling.pdf', 'maxnerva.pdf', 'internet-ecommerce.pdf', 'brochure.pdf'])
      expect(
        readFileSync(join(out, 'pdf', name))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    expect(await pdfText(join(out, 'pdf/tuling.pdf'))).toMatch(/图菱/);
    for (const name of ['cases.json', 'web/index.html', 'web/cases-web.js', 'web/cases-web.iife.js', 'web/cases-web.css', 'web/custom-elements.json'])
      expect(existsSync(join(out, name)), name).toBe(true);

    // What the bundle imports at runtime is declared; nothing it bundles is.
    const bare = new Set<string>();
    for (const entry of readdirSync(join(pkgDir, 'dist'), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || extname(entry.name) !== '.js' || entry.parentPath.includes(join('dist', 'web'))) continue;
      const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      // esbuild prints every import and require with double quotes; single-quoted ones are text (a README snippet).
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)"([^"./][^"]*)"/g)) {
        const spec = m[1]!;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!spec.startsWith('node:') && !builtinModules.includes(name)) bare.add(name);
      }
    }
    const undeclared = [...bare].filter((name) => !(name in pkg.dependencies) && !OPTIONAL_IMPORTS.has(name));
    expect(undeclared).toEqual([]);
    expect(Object.keys(pkg.dependencies).filter((name) => !bare.has(name))).toEqual([]);

    const tree = JSON.parse(ok(await run('npm', ['ls', '--global', '--prefix', dirs.prefix, '--all', '--json'], base), 'npm ls').out) as Parameters<
      typeof treeNames
    >[0];
    const names = [...treeNames(tree)];
    expect(names.filter((n) => n.startsWith('@cases/') && !n.startsWith('@cases/cli@'))).toEqual([]);
    const bytes = folderBytes(join(dirs.prefix, 'lib/node_modules'));
    console.log(`global CLI install: ${new Set(names).size} packages, ${(bytes / 1e6).toFixed(1)} MB`);
    expect(bytes).toBeLessThan(90e6);
  }, 180_000);

  it('(d) a browser-only consumer of @cases/web installs no Node-only package', async () => {
    ok(installs.vite!, 'npm install (vite consumer)');
    const tree = JSON.parse(ok(await run('npm', ['ls', '--all', '--omit=dev', '--json'], dirs.vite), 'npm ls').out) as Parameters<typeof treeNames>[0];
    const names = [...treeNames(tree)].map((n) => n.slice(0, n.lastIndexOf('@')));
    expect(names).toContain('@cases/web');
    expect(names.filter((n) => NODE_ONLY.includes(n))).toEqual([]);
  });

  it('(e) a plain Vite project builds @cases/web from the tarball, and the page shows a card in Chromium', async () => {
    ok(installs.vite!, 'npm install (vite consumer)');
    const collection = await loadContent(content);
    const html = join(dirs.vite, 'index.html');
    writeFileSync(
      html,
      readFileSync(html, 'utf8').replace('__EXPORT__', () => jsonForScript(toExport(collection))),
    );
    const build = ok(await run(process.execPath, [join(dirs.vite, 'node_modules/vite/bin/vite.js'), 'build'], dirs.vite), 'vite build');
    // Vite replaces a Node built-in with an empty stub and warns; a browser package must need none.
    expect(build.out + build.err).not.toMatch(/externalized for browser compatibility/);
    const dist = join(dirs.vite, 'dist');
    expect(readdirSync(join(dist, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);

    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    const server = createServer((req, res) => {
      const path = join(dist, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
      if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { launch } = await import('puppeteer-core');
    const browser = await launch({
      executablePath: '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('acme-card')?.shadowRoot?.textContent?.includes('图菱'), { timeout: 15_000 });
      // The seeds' images are site paths this page does not serve: their 404s are not the package's errors.
      expect(
        errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
        errors.join('\n'),
      ).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 180_000);
});
