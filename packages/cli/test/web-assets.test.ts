import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { contentWithAssets, SEED_LOGOS, TINY_PNG } from './helpers-content.js';
import { bin, root, runCli } from './run-cli.js';

const run = (...args: string[]) => runCli(args);
const tmp = mkdtempSync(join(tmpdir(), 'cases-assets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('images travel with the kit', () => {
  it('validate reports each referenced image it cannot find, where it is written, and nothing when all are there', () => {
    const r = run('validate');
    for (const [file, at, logo] of [
      ['tuling', '145:11', SEED_LOGOS[0]],
      ['maxnerva', '86:11', SEED_LOGOS[1]],
      ['vesoft', '84:11', SEED_LOGOS[2]],
    ]) {
      expect(r.out).toContain(`content/cases/zh/${file}.md:${at} warning missing-image image "${logo}" not found`);
    }
    const full = run('validate', '--content', contentWithAssets(join(tmp, 'full')));
    expect(full.code).toBe(0);
    expect(full.out).not.toContain('missing-image');
    const partial = run('validate', '--content', contentWithAssets(join(tmp, 'partial'), [SEED_LOGOS[1]!]));
    expect(partial.out.match(/missing-image/g)).toHaveLength(1);
    expect(partial.out).toContain(`${join(tmp, 'partial')}/cases/zh/maxnerva.md:86:11 warning missing-image`);
  });

  it('web copies local images under content-hashed names and rewrites the export; remote ones that load stay remote, the others are left out', async () => {
    // A host with one image and one 404, and a host that refuses connections.
    const server = createServer((req, res) => {
      if (req.url === '/ok.png') res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A port nobody listens on any more (fetch refuses low ports such as 1 before connecting).
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const refused = `http://127.0.0.1:${deadPort}/gone.png`;
    const content = contentWithAssets(join(tmp, 'web-content'));
    // A case article with an image beside it, referenced relative to the page, and remote ones.
    writeFileSync(join(content, 'cases/zh/pic.png'), TINY_PNG);
    writeFileSync(
      join(content, 'cases/zh/article-pic.md'),
      `---\ntitle: 图文\ndescription: 一篇\n---\n\n## 背景\n\n![架构](./pic.png)\n\n![远程](${host}/ok.png)\n\n![坏](${host}/missing.png)\n\n![断](${refused})\n`,
    );
    const out = join(tmp, 'kit');
    const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(tmp, 'cache') };
    const web = (...args: string[]) =>
      new Promise<{ code: number | null; err: string }>((done) => {
        execFile(process.execPath, [bin, 'web', ...args], { cwd: root, env, timeout: 90_000 }, (error, _out, err) =>
          done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, err }),
        );
      });
    const r = await web('--out', out, '--content', content);
    const unchecked = await web('--out', join(tmp, 'kit-unchecked'), '--content', content, '--no-check-images');
    server.close();
    expect(r.code, r.err).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8'));
    const tuling = data.cases.find((c: { id: string }) => c.id === 'tuling');
    expect(tuling.company.logo).toMatch(/^assets\/logo-turing\.[0-9a-f]{10}\.png$/);
    expect(readFileSync(join(out, tuling.company.logo))).toEqual(TINY_PNG);
    const article = JSON.stringify(data.cases.find((c: { id: string }) => c.id === 'article-pic'));
    expect(article).toMatch(/"src":"assets\/pic\.[0-9a-f]{10}\.png"/);
    expect(article).toContain(`"src":"${host}/ok.png"`);
    expect(article).not.toContain('missing.png');
    expect(article).not.toContain(refused);
    expect(r.err).toMatch(
      /article-pic\.md:12:1 warning image-fetch-failed Image http:\/\/127\.0\.0\.1:\d+\/missing\.png could not be fetched \(HTTP 404\); left out of the kit\./,
    );
    expect(r.err).toContain(`1 remote image from 127.0.0.1:${deadPort} left out of the web kit (ECONNREFUSED) [image-offline]`);
    // Same bytes, one file.
    expect(existsSync(join(out, 'assets'))).toBe(true);
    expect(r.err).not.toContain('missing-image');
    // Unchecked: every remote URL as written.
    expect(unchecked.code, unchecked.err).toBe(0);
    const kept = readFileSync(join(tmp, 'kit-unchecked', 'cases.json'), 'utf8');
    for (const url of [`${host}/missing.png`, refused, 'https://pek3b.qingstor.com/']) expect(kept).toContain(url);
  });

  it('--asset-base resolves root-relative paths not found locally against the site; missing ones are warned about', () => {
    const out = join(tmp, 'kit-base');
    const r = run('web', '--out', out, '--asset-base', 'https://www.example.com/', '--no-check-images');
    expect(r.code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8'));
    expect(data.cases.find((c: { id: string }) => c.id === 'tuling').company.logo).toBe('https://www.example.com/images/case/logo-turing.png');
    expect(run('web', '--out', join(tmp, 'kit-bad'), '--asset-base', 'example.com').code).toBe(2);
    const plain = run('web', '--out', join(tmp, 'kit-plain'));
    expect(plain.err).toContain('warning missing-image image "/images/case/logo-turing.png" not found');
    // What cannot be had is left out, not kept as a URL every partner page would request and 404 on.
    for (const file of ['cases.json', 'index.json']) {
      const kit = readFileSync(join(tmp, 'kit-plain', file), 'utf8');
      for (const logo of SEED_LOGOS) expect(kit).not.toContain(logo);
    }
    const plainData = JSON.parse(readFileSync(join(tmp, 'kit-plain', 'cases.json'), 'utf8'));
    expect(plainData.cases.find((c: { id: string }) => c.id === 'tuling').company.logo).toBeNull();
  });
});
