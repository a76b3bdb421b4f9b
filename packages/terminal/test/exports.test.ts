import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }> };

describe('public surface', () => {
  it('exports these names', async () => {
    const index = await import('../src/index.js');
    const text = await import('../src/text.js');
    expect({ index: Object.keys(index).sort(), text: Object.keys(text).sort() }).toMatchSnapshot();
  });

  it('keeps the text entry free of Ink and React (it must load fast)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(ink|react)(\/|$)/);
        if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(pkgDir, 'src/text.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });

  it('has every exports path after the build, and the built entries load', async () => {
    expect(existsSync(join(pkgDir, 'dist')), 'run `npm run build` first').toBe(true);
    for (const [key, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const file of files) expect(existsSync(join(pkgDir, file)), `${key} → ${file}`).toBe(true);
    }
    const built = (await import(join(pkgDir, 'dist/text.js'))) as typeof import('../src/text.js');
    expect(built.wrapText('多集群部署。', 10)).toEqual(['多集群部', '署。']);
    const textFiles = ['dist/text.js'];
    for (const m of readFileSync(join(pkgDir, 'dist/text.js'), 'utf8').matchAll(/from "\.\/([^"]+)"/g)) textFiles.push(`dist/${m[1]}`);
    for (const file of textFiles) expect(readFileSync(join(pkgDir, file), 'utf8'), file).not.toMatch(/from ["'](ink|react)["']/);
    const index = (await import(join(pkgDir, 'dist/index.js'))) as typeof import('../src/index.js');
    expect(typeof index.runBrowser).toBe('function');
  });
});
