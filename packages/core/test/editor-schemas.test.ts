import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, editorSchemas, loadContent, type EditorSchemaName } from '@cases/core';
import { corpusDir, fixture, repoRoot } from './helpers.js';

/** An ajv per schema set ($ids are unique within one). */
function createAjv() {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addKeyword('markdownDescription');
  return ajv;
}

/** Every file under a folder, "/"-separated and relative to it. */
function walk(dir: string, out: string[] = [], base = dir): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out, base);
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

/** The YAML an author wrote in a file: its front matter, or the whole file for .yaml. */
function yamlOf(text: string, path: string): unknown {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const source = path.endsWith('.yaml') ? clean : /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(clean)?.[1];
  return source === undefined ? undefined : (parseYaml(source, { uniqueKeys: false }) ?? {});
}

/** Which schema the loader's choice of format gives a file (null: not YAML an author writes). */
function schemaFor(path: string, data: unknown): EditorSchemaName | null {
  if (path === 'taxonomy.yaml') return 'taxonomy';
  if (path === 'settings.yaml') return 'settings';
  if (/^(cases|articles?|blogs?|stories)\//.test(path) && path.endsWith('.md')) {
    return data && typeof data === 'object' && ('section1' in data || 'section2' in data) ? 'case-page' : 'case-article';
  }
  if (/^scenarios\//.test(path) && path.endsWith('.md')) return 'scenario-page';
  return null;
}

async function checkFolder(dir: string) {
  const { taxonomy } = await loadContent(dir, { readThread: false });
  const ajv = createAjv();
  const validators = Object.fromEntries(Object.entries(editorSchemas(taxonomy)).map(([k, s]) => [k, ajv.compile(s)]));
  const problems: string[] = [];
  let checked = 0;
  for (const path of walk(dir)) {
    if (!/\.(md|yaml)$/.test(path)) continue;
    let data: unknown;
    try {
      data = yamlOf(readFileSync(join(dir, path), 'utf8'), path);
    } catch {
      continue; // not YAML at all: `cases validate` reports it (yaml-syntax), not the schema
    }
    const name = schemaFor(path, data);
    if (!name || data === undefined) continue;
    checked++;
    const validate = validators[name]!;
    if (!validate(data)) problems.push(`${path} (${name}): ${ajv.errorsText(validate.errors)}`);
  }
  return { checked, problems };
}

describe('editor schemas (cases schema --content)', () => {
  it('every page of content/, its taxonomy and its settings are valid', async () => {
    const r = await checkFolder(join(repoRoot, 'content'));
    expect(r.problems).toEqual([]);
    expect(r.checked).toBeGreaterThanOrEqual(6);
  });

  it.skipIf(!corpusDir)('every corpus page is valid (CASES_CORPUS)', async () => {
    const r = await checkFolder(corpusDir!);
    expect(r.problems).toEqual([]);
    expect(r.checked).toBeGreaterThan(5);
  });

  const schemas = editorSchemas(DEFAULT_TAXONOMY);
  const errorsOf = (name: EditorSchemaName, file: string) => {
    const ajv = createAjv();
    const validate = ajv.compile(schemas[name]);
    expect(validate(yamlOf(readFileSync(fixture(`editor-schemas/${file}`), 'utf8'), file))).toBe(false);
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
  };

  it('catches a misspelled key at its path (case page, article, scenarios page)', () => {
    expect(errorsOf('case-page', 'case-page-misspelled.md')).toContain('/section1 additionalProperties {"additionalProperty":"titel"}');
    expect(errorsOf('case-page', 'case-page-block.md')).toContain('/section2/listLeft/0 additionalProperties {"additionalProperty":"contentlist"}');
    expect(errorsOf('case-article', 'article-misspelled.md')).toContain(' additionalProperties {"additionalProperty":"descripton"}');
    expect(errorsOf('scenario-page', 'scenarios-misspelled.md')).toContain(' additionalProperties {"additionalProperty":"titl"}');
  });

  it('catches bad settings and unknown scenario ids in the taxonomy at their path', () => {
    const settings = errorsOf('settings', 'settings-bad.yaml');
    expect(settings).toContain('/brand/colors/accent pattern {"pattern":"^#[0-9a-fA-F]{6}$"}');
    expect(settings).toContain('/pdf/paper enum {"allowedValues":["a4","letter"]}');
    expect(settings).toContain('/brand additionalProperties {"additionalProperty":"nmae"}');
    expect(errorsOf('taxonomy', 'taxonomy-bad.yaml')).toContain(
      '/features/0/scenarios/0 enum {"allowedValues":' + JSON.stringify(DEFAULT_TAXONOMY.scenarios.map((s) => s.id)) + '}',
    );
  });

  it('offers the taxonomy for hover and completion: fact labels, feature labels, scenario ids', () => {
    const text = JSON.stringify(schemas['case-page']);
    expect(text).toContain('"ADOPTED FEATURES"');
    expect(text).toContain(JSON.stringify(DEFAULT_TAXONOMY.features[0]!.labels.zh));
    const described = (s: unknown): boolean =>
      typeof s !== 'object' || s === null || Array.isArray(s)
        ? true
        : Object.entries(s as Record<string, unknown>).every(([k, v]) =>
            k === 'properties'
              ? Object.values(v as Record<string, Record<string, unknown>>).every((p) => typeof p.description === 'string' && described(p))
              : described(v),
          );
    for (const s of Object.values(schemas)) expect(described(s)).toBe(true);
  });
});
