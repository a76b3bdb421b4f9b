import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers.js';

const codes = (p: string) => parseFixture(`diagnostics/${p}`, `cases/zh/${p}`);

describe('diagnostics', () => {
  it('misspelled keys: recovered with a did-you-mean hint; unknown keys reported', () => {
    const r = codes('misspelled-key.md');
    const d = r.diagnostics.find((x) => x.code === 'misspelled-key' && x.message.includes('contnet'))!;
    expect(d).toMatchObject({ severity: 'warning', line: 10, column: 11, hint: 'did you mean `content`?' });
    expect(r.diagnostics.find((x) => x.message.includes('imgae'))).toMatchObject({ code: 'misspelled-key', hint: 'did you mean `image`?' });
    expect(r.diagnostics.find((x) => x.message.includes('colour'))).toMatchObject({ code: 'unknown-key', severity: 'warning' });
    const blocks = r.cases[0]!.sections[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'image']);
  });

  it('duplicate keys: warned; both images kept, the last title used', () => {
    const r = codes('duplicate-keys.md');
    expect(r.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.line)).toEqual([9, 13]);
    const s = r.cases[0]!.sections[0]!;
    expect(s.title).toBe('第二个标题');
    expect(s.blocks.filter((b) => b.type === 'image').map((b) => (b.type === 'image' ? b.src : ''))).toEqual([
      'https://example.com/1.png',
      'https://example.com/2.png',
    ]);
  });

  it('wrong shapes: strings where mappings belong are reported and recovered where intent is clear', () => {
    const r = codes('wrong-shape.md');
    const wrong = r.diagnostics.filter((d) => d.code === 'wrong-shape');
    expect(wrong.map((d) => d.line)).toEqual([3, 6, 9, 11]);
    expect(r.diagnostics.find((d) => d.code === 'missing-company')).toMatchObject({ severity: 'error' });
    expect(r.cases[0]!.sections.flatMap((s) => s.blocks.map((b) => ('text' in b ? b.text : '')))).toEqual([
      '这是一段直接写成字符串的内容。',
      '列表项直接写成了字符串。',
    ]);
  });

  it('missing company name is an error', () => {
    const r = codes('missing-company.md');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'missing-company', line: 3 }));
  });

  it('invalid YAML: exactly one error at the right line', () => {
    const r = codes('invalid-yaml.md');
    expect(r.cases).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', file: 'fixtures/diagnostics/invalid-yaml.md' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(10);
    expect(r.diagnostics[0]!.line).toBeLessThanOrEqual(12);
  });

  it('alias bombs are an error, not a hang', () => {
    const started = Date.now();
    const r = codes('alias-bomb.md');
    expect(r.diagnostics.some((d) => d.code === 'yaml-alias-limit' && d.severity === 'error')).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('prototype pollution: __proto__ and constructor keys are refused', () => {
    const r = codes('prototype.md');
    expect(r.diagnostics.filter((d) => d.code === 'unsafe-key')).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.cases[0]!.facts.extra)).not.toContain('__proto__');
  });

  it('tabs in indentation are expanded with a warning', () => {
    const r = codes('tabs.md');
    expect(r.diagnostics[0]).toMatchObject({ code: 'tab-indentation', line: 4 });
    expect(r.cases[0]!.company.name).toBe('Tabs 科技');
  });

  it('BOM and CRLF are handled', () => {
    const r = codes('bom-crlf.md');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bom']);
    expect(r.cases[0]!.company.name).toBe('CRLF 科技');
    expect(r.cases[0]!.sections[0]!.position).toEqual([8, 7]);
  });

  it('empty files are skipped with a warning', () => {
    expect(codes('empty.md')).toMatchObject({ cases: [], diagnostics: [{ code: 'empty-file', severity: 'warning' }] });
  });

  it('non-UTF-8 (GB18030) text is recovered with a warning', () => {
    const r = codes('gbk.md');
    expect(r.diagnostics[0]).toMatchObject({ code: 'encoding', severity: 'warning', line: 4 });
    expect(r.cases[0]!.company.name).toBe('GBK 科技');
  });
});
