import { PAPER_SIZES } from '../../model/settings.js';

/** The kinds of value a setting takes, each checked where it is read. */
export type SettingKind = 'text' | 'colour' | 'url' | 'email' | 'path' | 'locale';

/** One setting: its kind, what it is for (shown on hover in editors), and an example. */
export type SettingField =
  | { kind: SettingKind; description: string; example: string }
  | { kind: 'enum'; values: readonly string[]; description: string; example: string }
  | { kind: 'group'; description: string; fields: Readonly<Record<string, SettingField>> };

/**
 * Every key of `settings.yaml`, nested as written: the one table the reader checks against and
 * the editor schema is generated from, so the two cannot disagree.
 */
export const SETTINGS_FIELDS: Readonly<Record<string, SettingField>> = {
  brand: {
    kind: 'group',
    description: 'The brand the content is published under.',
    fields: {
      name: { kind: 'text', description: 'Brand name: PDF covers, footers and author; the terminal title; the embed kit header.', example: 'Acme' },
      logo: {
        kind: 'path',
        description: 'Logo file in the content folder (PNG, JPEG, WebP or SVG), printed on PDF covers and sheets.',
        example: 'assets/logo.svg',
      },
      colors: {
        kind: 'group',
        description: 'Brand colours as #rrggbb.',
        fields: {
          accent: { kind: 'colour', description: 'Accent colour: rules, markers, chips, links and buttons (PDF and web).', example: '#e4572e' },
          dark: { kind: 'colour', description: 'Dark colour of PDF mastheads, covers and headings.', example: '#1d3557' },
        },
      },
      website: { kind: 'url', description: 'Website (http or https), printed at the foot of PDFs.', example: 'https://acme.example' },
      contact: {
        kind: 'group',
        description: 'How readers reach the brand, printed at the foot of PDFs.',
        fields: {
          email: { kind: 'email', description: 'Contact e-mail address.', example: 'sales@acme.example' },
          phone: { kind: 'text', description: 'Contact phone number, as printed.', example: '+1 555 0100' },
        },
      },
      legal: { kind: 'text', description: 'Footer (legal) line printed at the foot of every PDF.', example: '© 2026 Acme Inc. All rights reserved.' },
    },
  },
  locale: { kind: 'locale', description: 'Default locale (BCP 47, e.g. zh or en): new pages, the brochure, the dev preview.', example: 'en' },
  pdf: {
    kind: 'group',
    description: 'PDF output.',
    fields: {
      paper: { kind: 'enum', values: PAPER_SIZES, description: 'Paper size of case sheets and the brochure.', example: 'a4' },
    },
  },
};

/** What a value of each kind must look like, and what to write instead. */
export const SETTING_PATTERNS: Readonly<Record<SettingKind, { pattern: RegExp; hint: string }>> = {
  text: { pattern: /^[^\u0000-\u0008\u000b-\u001f\u007f]*$/, hint: 'Write plain text on one line.' },
  colour: { pattern: /^#[0-9a-fA-F]{6}$/, hint: 'Write a colour as "#rrggbb", e.g. "#e4572e" (quoted: # starts a comment in YAML).' },
  url: { pattern: /^https?:\/\/[^\s"'<>]+$/, hint: 'Write a full http:// or https:// address.' },
  email: { pattern: /^[^\s@"'<>]+@[^\s@"'<>]+$/, hint: 'Write an address like sales@example.com.' },
  path: {
    pattern: /^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\\u0000-\u001f]+$/,
    hint: 'Write a path inside the content folder, e.g. assets/logo.svg (no "..", no URL).',
  },
  locale: { pattern: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, hint: 'Write a language tag such as zh, en or pt-BR.' },
};
