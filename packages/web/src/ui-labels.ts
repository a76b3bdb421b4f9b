import { elementLabels } from './element-labels.js';
import type { ElementLabels } from './element-labels.js';
import { listLabels } from './list-labels.js';
import type { ListLabels } from './list-labels.js';

/** Every widget label: core's field labels, the words every element needs and the list's. */
export type UiLabels = ElementLabels & ListLabels;

/**
 * Every widget label for a `lang` value (`zh-CN` → Chinese; anything else → English).
 * @example uiLabels('zh').next // '下一页'
 */
export function uiLabels(lang: string): UiLabels {
  const t = elementLabels(lang);
  return { ...t, ...listLabels(t) };
}
