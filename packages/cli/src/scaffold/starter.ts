/** The starter content folder `cases init` writes, besides the pages `cases new` also writes. */

/** A small taxonomy in English and Chinese: the facets and scenarios the starter pages use. */
export const STARTER_TAXONOMY = `# Canonical facets: every case is filtered by these, in any language.
# Each term: a stable kebab-case \`id\`, a label per locale (zh, en, or under labels:) and
# \`synonyms\` as authors write them. Features name the scenarios they prove.
# \`cases schema --content .\` writes a JSON Schema for this file (hover help in your editor).

industries:
  - id: manufacturing
    en: Manufacturing
    zh: 制造
    synonyms: [Industry, 工业]
  - id: finance
    en: Finance
    zh: 金融
    synonyms: [Banking, 银行]
  - id: retail
    en: Retail
    zh: 零售
    synonyms: [E-commerce, 电商]

cloudTypes:
  - id: private
    en: Private cloud
    zh: 私有云
    synonyms: []
  - id: hybrid
    en: Hybrid cloud
    zh: 混合云
    synonyms: []

challenges:
  - id: scalability
    en: Scalability
    zh: 弹性扩展
    synonyms: [Scale, 扩展]
  - id: cost
    en: Cost
    zh: 成本
    synonyms: [Cost reduction, 降本]

features:
  - id: automation
    en: Automation
    zh: 自动化
    synonyms: []
    scenarios: [faster-delivery]
  - id: observability
    en: Observability
    zh: 可观测性
    synonyms: [Monitoring, 监控]
    scenarios: [faster-delivery]

scenarios:
  - id: faster-delivery
    en: Faster delivery
    zh: 快速交付
    synonyms: []
`;

/** settings.yaml for a new folder: every key, each with what it does. */
export function starterSettings(brand: string, locale: string): string {
  return `# Settings of this content folder: the brand its PDFs, web widgets and terminal show, and the
# defaults of its outputs. Every key is optional. \`cases validate\` checks this file.
brand:
  name: ${JSON.stringify(brand)}        # PDF cover, footer and author; terminal title; embed kit
  logo: assets/logo.svg                 # PNG, JPEG, WebP or SVG in this folder
  colors:
    accent: "#2f6fed"                   # rules, chips, links (quoted: # starts a YAML comment)
    dark: "#14213d"                     # mastheads, covers, headings
  website: https://example.com
  contact:
    email: hello@example.com
    phone: ""
  legal: ${JSON.stringify(`© ${new Date().getUTCFullYear()} ${brand}`)}   # the footer line of every PDF
locale: ${locale}                       # default locale of new pages, the brochure, the preview
pdf:
  paper: a4                             # a4 or letter
`;
}

/** A placeholder logo: a rounded square in the accent with the brand's initial. */
export function starterLogo(brand: string): string {
  const initial = (brand.trim()[0] ?? 'C').toUpperCase().replace(/[<>&"']/g, 'C');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48"><rect width="48" height="48" rx="10" fill="#2f6fed"/><text x="24" y="33" text-anchor="middle" font-family="sans-serif" font-size="26" font-weight="700" fill="#fff">${initial}</text></svg>\n`;
}

/** README.md for the authors of a content folder. */
export function starterReadme(dir: string): string {
  return `# Content

Customer cases and scenarios, written as plain files and published by \`cases\` as PDF case
sheets, web widgets and a terminal browser.

| Where | What |
| --- | --- |
| \`cases/<locale>/<id>.md\` | a case: a case page (front matter only) or an article (front matter + Markdown). The file name is the id. |
| \`scenarios/<locale>/<id>.md\` | scenarios: each \`##\` heading is one (named as in the taxonomy), \`###\` an aspect |
| \`taxonomy.yaml\` | industries, cloud types, challenges, features and scenarios, with their labels and synonyms |
| \`settings.yaml\` | the brand (name, logo, colours, website, contact, footer line), default locale, PDF paper |

## Work with it

\`\`\`sh
npx cases dev --content ${dir}          # live preview: PDF sheet, widgets and problems, as you save
npx cases new case acme-logistics       # a new case page, with comments on what goes where
npx cases new article acme-story        # a new article
npx cases new scenario edge-ai          # a new scenario (added to taxonomy.yaml)
npx cases validate --content ${dir}     # every problem with file:line:column
npx cases schema --content ${dir}       # refresh the editor schemas after editing the taxonomy
\`\`\`

Open this folder in VS Code with the YAML extension (redhat.vscode-yaml): \`.vscode/settings.json\`
maps the schemas in \`.cases/schema/\` to \`taxonomy.yaml\` and \`settings.yaml\` (and to the front
matter of pages, for editors that check front matter), so a misspelled key is underlined and every
key explains itself on hover.
`;
}
