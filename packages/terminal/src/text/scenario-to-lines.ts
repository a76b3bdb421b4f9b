import { labelsFor } from '@cases/core/browser';
import type { Case, Scenario, ScenarioSection, Taxonomy } from '@cases/core/browser';

import { blocksToLines, titleToLines } from './blocks-to-lines.js';
import { highlightLines } from './highlight-lines.js';
import { sanitizeText } from './sanitize-text.js';
import type { StyledLine } from './styled-line.js';
import { uiText } from './ui-text.js';
import { wrapSpans } from './wrap-text.js';

/** Options of {@link scenarioToLines} and {@link scenarioToText}. */
export interface ScenarioLayoutOptions {
  /** Columns available. @default 80 */
  width?: number;
  /** The cases of the collection, to name the cases that prove the scenario. */
  cases?: readonly Case[];
  /** The taxonomy (reserved for facet labels). */
  taxonomy?: Taxonomy;
  /** Words to mark as search matches. */
  highlight?: readonly string[];
  /** Number the proving cases `[1]`…`[9]` (the browser opens them with that key). @default false */
  numberCases?: boolean;
}

function sectionToLines(section: ScenarioSection, width: number, locale: string, depth: number): StyledLine[] {
  const out: StyledLine[] = [[]];
  const title = sanitizeText(section.title, { keepNewlines: false });
  if (depth === 0) out.push(...titleToLines(title, width), []);
  else out.push(...wrapSpans([{ text: title, style: { bold: true } }], width), []);
  out.push(...blocksToLines(section.blocks, { width, locale }));
  for (const sub of section.sections) out.push(...sectionToLines(sub, width, locale, depth + 1));
  return out;
}

/**
 * Lay out a scenario: title, summary, the cases that prove it, then its aspects with their
 * content.
 */
export function scenarioToLines(scenario: Scenario, options: ScenarioLayoutOptions = {}): StyledLine[] {
  const width = Math.max(10, options.width ?? 80);
  const { locale } = scenario;
  const labels = labelsFor(locale);
  const out: StyledLine[] = [];
  out.push(...wrapSpans([{ text: sanitizeText(scenario.title, { keepNewlines: false }), style: { bold: true, tone: 'accent' } }], width));
  if (scenario.page.title && scenario.page.title !== scenario.title) {
    out.push(...wrapSpans([{ text: sanitizeText(scenario.page.title, { keepNewlines: false }), style: { tone: 'muted' } }], width));
  }
  if (scenario.cases.length) {
    out.push([], [{ text: labels.provenBy, style: { bold: true } }]);
    scenario.cases.forEach((id, k) => {
      const found = options.cases?.find((c) => c.id === id);
      const name = sanitizeText(found ? found.company.name : id, { keepNewlines: false });
      const marker = options.numberCases && k < 9 ? `[${k + 1}] ` : '• ';
      out.push(...wrapSpans([{ text: name, style: { tone: 'link' } }], width, { first: [{ text: '  ' }, { text: marker, style: { bold: true } }] }));
    });
  }
  if (scenario.sections.length) {
    const aspects = scenario.sections.map((s) => sanitizeText(s.title, { keepNewlines: false }));
    out.push([], ...wrapSpans([{ text: aspects.join(' · ') }], width, { first: [{ text: uiText(locale).aspects, style: { bold: true } }] }));
  }
  const body = scenario.blocks.length
    ? scenario.blocks
    : scenario.summary
      ? [{ type: 'paragraph' as const, text: scenario.summary, inline: [{ type: 'text' as const, value: scenario.summary }] }]
      : [];
  if (body.length) out.push([], ...blocksToLines(body, { width, locale }));
  for (const section of scenario.sections) out.push(...sectionToLines(section, width, locale, 0));
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return options.highlight?.length ? highlightLines(out, options.highlight) : out;
}
