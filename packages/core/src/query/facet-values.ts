import type { Case } from '../model/model.js';

// Part of the facet engine (facets.ts re-exports it): what a case has in a facet and how a
// document is named, without the selection and counting code.

/** A facet a case can be filtered by. */
export type FacetKey = 'industry' | 'cloudType' | 'feature' | 'challenge' | 'scenario' | 'locale' | 'kind';

/** The ids a case has in a facet: taxonomy ids, its locale, or its source kind (`page`, `article`). */
export function facetValues(item: Case, key: FacetKey): readonly string[] {
  switch (key) {
    case 'industry':
      return item.facets.industry;
    case 'cloudType':
      return item.facets.cloudType;
    case 'feature':
      return item.facets.features;
    case 'challenge':
      return item.facets.challenges;
    case 'scenario':
      return item.scenarios;
    case 'locale':
      return [item.locale];
    case 'kind':
      return [item.source.format === 'case-article' ? 'article' : 'page'];
  }
}

/** What names one case or scenario: ids repeat across locales, so both are needed. */
export interface DocumentKey {
  locale: string;
  id: string;
}

/**
 * Find a case or scenario by locale and id.
 * @example findDocument(collection.cases, { locale: 'zh', id: 'vesoft' })
 */
export function findDocument<T extends DocumentKey>(list: readonly T[], key: DocumentKey): T | undefined {
  return list.find((d) => d.id === key.id && d.locale === key.locale);
}

/** A stable string for a document key (`zh/vesoft`), for maps, URLs and file names. */
export function documentKey(doc: DocumentKey): string {
  return `${doc.locale}/${doc.id}`;
}
