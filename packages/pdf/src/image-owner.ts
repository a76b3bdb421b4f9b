import { documentKey } from '@cases/core/browser';
import type { Case, Scenario } from '@cases/core/browser';

/**
 * How a document's images are named (`LoadedImages.urlFor`, `brochureToHtml`'s `imageUrl`):
 * a case by its locale and id (`zh/vesoft`), a scenario as `scenario:<locale>/<id>` — never by
 * id alone, since a translated case keeps its id and its images resolve against its own file.
 */
export function imageOwner(doc: Case | Scenario): string {
  return doc.kind === 'scenario' ? `scenario:${documentKey(doc)}` : documentKey(doc);
}
