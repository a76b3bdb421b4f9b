import type { Case, Scenario } from '@cases/core/browser';

/**
 * How a document's images are named (`LoadedImages.urlFor`, `brochureToHtml`'s `imageUrl`):
 * a case by its id, a scenario as `scenario:<id>`.
 */
export function imageOwner(doc: Case | Scenario): string {
  return doc.kind === 'scenario' ? `scenario:${doc.id}` : doc.id;
}
