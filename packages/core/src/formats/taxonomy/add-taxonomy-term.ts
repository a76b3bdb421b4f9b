import { isMap, isSeq, parseDocument } from 'yaml';

import { CasesError } from '../../diagnostics/cases-error.js';
import type { Taxonomy } from '../../model/model.js';

/**
 * Add a term to the text of a taxonomy.yaml, keeping its comments and layout (for scaffolding:
 * `cases new scenario ID` registers the scenario it creates). A term whose id is already there
 * leaves the text unchanged.
 * @throws {CasesError} when the text is not a taxonomy mapping.
 * @example addTaxonomyTerm(text, 'scenarios', { id: 'edge-ai', labels: { en: 'Edge AI' } })
 */
export function addTaxonomyTerm(text: string, kind: keyof Taxonomy, term: { id: string; labels: Record<string, string> }): string {
  const doc = parseDocument(text);
  if (doc.errors.length)
    throw new CasesError('bad-option', `taxonomy.yaml is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it with \`cases validate\` first`);
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  if (!isMap(doc.contents)) throw new CasesError('bad-option', 'taxonomy.yaml is not a mapping of term lists; fix it with `cases validate` first');
  let list = doc.get(kind);
  if (list === null || list === undefined) {
    doc.set(kind, doc.createNode([]));
    list = doc.get(kind);
  }
  if (!isSeq(list)) throw new CasesError('bad-option', `taxonomy.yaml "${kind}" is not a list; fix it with \`cases validate\` first`);
  if (list.items.some((item) => isMap(item) && item.get('id') === term.id)) return text;
  list.add(doc.createNode({ id: term.id, ...term.labels, synonyms: [] }));
  return doc.toString();
}
