import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings.js';
import type { ParseResult } from '../shared/parse-options.js';
import type { YamlNode } from '../yaml/yaml-tree.js';
import { parseYamlTree } from '../yaml/parse-yaml-tree.js';
import { lastValue, YamlValues } from '../yaml/yaml-values.js';
import { SETTING_PATTERNS, SETTINGS_FIELDS, type SettingField } from './settings-fields.js';

type Values = { [key: string]: string | null | Values };

/**
 * Parse `settings.yaml` (the brand and output defaults, see {@link SETTINGS_FIELDS}). Unknown and
 * misspelled keys, and values of the wrong kind (a colour that is not #rrggbb, an unknown paper
 * size), are diagnostics; every setting left out or unusable keeps its default.
 * @example parseSettings('brand:\n  name: Acme\n', { path: 'settings.yaml' }).value?.brand.name // 'Acme'
 */
export function parseSettings(text: string, options: { path: string; file?: string }): ParseResult<Settings> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const yaml = parseYamlTree(text, 0, text.length, 1, sink);
  if (!yaml.ok) return { value: null, diagnostics: sink.items };
  const y = new YamlValues(sink);
  const read = readGroup(y, yaml.root, SETTINGS_FIELDS, 'settings');
  const brand = (read.brand ?? {}) as Values;
  const colors = (brand.colors ?? {}) as Values;
  const contact = (brand.contact ?? {}) as Values;
  const pdf = (read.pdf ?? {}) as Values;
  const d = DEFAULT_SETTINGS;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const settings: Settings = {
    brand: {
      name: str(brand.name) ?? d.brand.name,
      logo: str(brand.logo)?.replace(/^\.?\/+/, '') ?? d.brand.logo,
      colors: { accent: str(colors.accent) ?? d.brand.colors.accent, dark: str(colors.dark) ?? d.brand.colors.dark },
      website: str(brand.website) ?? d.brand.website,
      contact: { email: str(contact.email) ?? d.brand.contact.email, phone: str(contact.phone) ?? d.brand.contact.phone },
      legal: str(brand.legal) ?? d.brand.legal,
    },
    locale: str(read.locale) ?? d.locale,
    pdf: { paper: (str(pdf.paper) as Settings['pdf']['paper'] | null) ?? d.pdf.paper },
  };
  return { value: settings, diagnostics: sink.items };
}

function readGroup(y: YamlValues, node: YamlNode | null | undefined, fields: Readonly<Record<string, SettingField>>, where: string): Values {
  const out: Values = {};
  const map = y.map(node, where);
  if (!map) return out;
  const entries = y.entries(map, { known: Object.keys(fields), where });
  for (const [key, entry] of entries) {
    const field = fields[key]!;
    const path = where === 'settings' ? key : `${where}.${key}`;
    const value = lastValue(entry);
    if (field.kind === 'group') {
      out[key] = readGroup(y, value, field.fields, path);
      continue;
    }
    const text = y.str(value, path);
    if (text === null) {
      if (field.kind === 'colour') y.sink.warn('invalid-setting', `${path} is empty; the default is used`, entry.keyPosition, SETTING_PATTERNS.colour.hint);
      continue;
    }
    const position = value?.position ?? entry.keyPosition;
    if (field.kind === 'enum') {
      if (field.values.includes(text)) out[key] = text;
      else
        y.sink.warn(
          'invalid-setting',
          `${path} is "${text}", which is not one of ${field.values.join(', ')}; the default is used`,
          position,
          `Write one of: ${field.values.join(', ')}.`,
        );
      continue;
    }
    const rule = SETTING_PATTERNS[field.kind];
    if (rule.pattern.test(text)) out[key] = text;
    else y.sink.warn('invalid-setting', `${path} "${clip(text)}" is not a valid ${field.kind}; the default is used`, position, rule.hint);
  }
  return out;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
