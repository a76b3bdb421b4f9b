import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadContent, parseSettings } from '@cases/core';

const parse = (text: string) => parseSettings(text, { path: 'settings.yaml' });
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('settings.yaml', () => {
  it('reads every documented key', () => {
    const r = parse(
      'brand:\n  name: Acme\n  logo: ./assets/logo.svg\n  colors:\n    accent: "#E4572E"\n    dark: "#1d3557"\n  website: https://acme.example\n  contact:\n    email: a@acme.example\n    phone: "+1 555"\n  legal: © Acme\nlocale: pt-BR\npdf:\n  paper: letter\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      brand: {
        name: 'Acme',
        logo: 'assets/logo.svg',
        colors: { accent: '#E4572E', dark: '#1d3557' },
        website: 'https://acme.example',
        contact: { email: 'a@acme.example', phone: '+1 555' },
        legal: '© Acme',
      },
      locale: 'pt-BR',
      pdf: { paper: 'letter' },
    });
  });

  it('an empty file is the defaults', () => {
    expect(parse('').value).toEqual(DEFAULT_SETTINGS);
  });

  it('misspelled and unknown keys, bad values: diagnostics at the line, defaults kept', () => {
    expect(codes('brnad:\n  name: X\n')).toEqual(['1:1 misspelled-key']);
    expect(parse('brnad:\n  name: X\n').value?.brand.name).toBe('X');
    expect(codes('brand:\n  colours: {}\n')).toEqual(['2:3 misspelled-key']);
    expect(codes('brand:\n  slogan: Fast\n')).toEqual(['2:3 unknown-key']);
    const bad = parse(
      'brand:\n  colors:\n    accent: red\n    dark: #123456\n  website: javascript:alert(1)\n  logo: ../../etc/passwd\nlocale: 中文\npdf:\n  paper: a3\n',
    );
    expect(bad.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '3 invalid-setting brand.colors.accent "red" is not a valid colour; the default is used',
      '4 invalid-setting brand.colors.dark is empty; the default is used',
      '5 invalid-setting brand.website "javascript:alert(1)" is not a valid url; the default is used',
      '6 invalid-setting brand.logo "../../etc/passwd" is not a valid path; the default is used',
      '7 invalid-setting locale "中文" is not a valid locale; the default is used',
      '9 invalid-setting pdf.paper is "a3", which is not one of a4, letter; the default is used',
    ]);
    expect(bad.value).toEqual(DEFAULT_SETTINGS);
    expect(bad.diagnostics.every((d) => d.hint)).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = parse(text);
        expect(r.value === null || typeof r.value.brand.colors.accent === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the loader exposes the settings on the collection, with their diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-settings-'));
    try {
      writeFileSync(join(dir, 'settings.yaml'), 'brand:\n  name: Acme\npdf:\n  paper: tabloid\n');
      const c = await loadContent(dir);
      expect(c.settings.brand.name).toBe('Acme');
      expect(c.settings.pdf.paper).toBe('a4');
      expect(c.diagnostics.map((d) => `${d.file.endsWith('/settings.yaml')} ${d.line}:${d.column} ${d.code}`)).toEqual(['true 4:10 invalid-setting']);
      const none = await loadContent(join(dir, '..', dir.split('/').pop()!, '.'));
      expect(none.settings.brand.name).toBe('Acme');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('content/ is KubeSphere by its settings file, not by code', async () => {
    const c = await loadContent(fileURLToPathLocal('../../../content'));
    expect(c.settings.brand.name).toBe('KubeSphere');
    expect(c.diagnostics.filter((d) => d.file.endsWith('settings.yaml'))).toEqual([]);
  });
});

function fileURLToPathLocal(rel: string): string {
  return new URL(rel, import.meta.url).pathname;
}
