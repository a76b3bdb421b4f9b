import { labelsFor } from '@cases/core/browser';
import type { Labels } from '@cases/core/browser';

/**
 * The labels every element has (`ctx.t`): core's field labels plus the few strings the widgets
 * need; a list adds its own (`listLabels`).
 */
export interface ElementLabels extends Labels {
  /** The language these labels are in (`zh` or `en`), for marking them inside a case in another. */
  lang: string;
  loading: string;
  errorTitle: string;
  /** What a visitor can do about an error; the technical reason goes to the console. */
  errorHint: string;
  keywords: string;
  /** What a visitor reads when the case, scenario or quote an element names is not in the data. */
  missing: string;
  /** Accessible names of a code block, a table and a placeholder of an image that failed. */
  code: string;
  table: string;
  imageUnavailable: string;
}

const ZH = {
  lang: 'zh',
  loading: '正在加载案例…',
  errorTitle: '案例暂时无法显示',
  errorHint: '请稍后刷新页面再试。',
  keywords: '关键词',
  missing: '找不到要显示的内容。',
  code: '代码',
  table: '表格',
  imageUnavailable: '图片无法显示',
};

const EN: typeof ZH = {
  lang: 'en',
  loading: 'Loading cases…',
  errorTitle: 'Cases could not be shown',
  errorHint: 'Please reload the page in a moment.',
  keywords: 'Keywords',
  missing: 'What this page asks for is not available.',
  code: 'Code',
  table: 'Table',
  imageUnavailable: 'Image unavailable',
};

/**
 * The labels every element has, for a `lang` value (`zh-CN` → Chinese; anything else → English).
 * @example elementLabels('zh').loading // '正在加载案例…'
 */
export function elementLabels(lang: string): ElementLabels {
  const core = labelsFor(lang || 'en');
  return { ...core, ...(core === labelsFor('zh') ? ZH : EN) };
}
