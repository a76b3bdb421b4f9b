import { labelsFor } from '@cases/core/browser';
import type { Labels } from '@cases/core/browser';

/** Widget labels: core's field labels plus the few strings only the widgets need. */
export interface UiLabels extends Labels {
  /** The language these labels are in (`zh` or `en`), for marking them inside a case in another. */
  lang: string;
  loading: string;
  errorTitle: string;
  /** What a visitor can do about an error; the technical reason goes to the console. */
  errorHint: string;
  filters: string;
  clear: string;
  previous: string;
  next: string;
  pages: string;
  searchPlaceholder: string;
  keywords: string;
  /** The button that clears the search and every filter when nothing matches. */
  clearAll: string;
  /** What to try when nothing matches. */
  noResultsHint: string;
  /** The button that closes a case opened in a list. */
  back: string;
  /** What a visitor reads when the case, scenario or quote an element names is not in the data. */
  missing: string;
  /** Accessible names of a code block, a table and a placeholder of an image that failed. */
  code: string;
  table: string;
  imageUnavailable: string;
  count: (n: number) => string;
  pageOf: (page: number, pages: number) => string;
}

const ZH = {
  lang: 'zh',
  loading: '正在加载案例…',
  errorTitle: '案例暂时无法显示',
  errorHint: '请稍后刷新页面再试。',
  filters: '筛选',
  clear: '清除筛选',
  previous: '上一页',
  next: '下一页',
  pages: '分页',
  searchPlaceholder: '搜索公司、行业或功能',
  keywords: '关键词',
  clearAll: '清除搜索和筛选',
  noResultsHint: '换个关键词，或清除筛选条件。',
  back: '返回案例列表',
  missing: '找不到要显示的内容。',
  code: '代码',
  table: '表格',
  imageUnavailable: '图片无法显示',
  count: (n: number) => `共 ${n} 个案例`,
  pageOf: (p: number, n: number) => `第 ${p} / ${n} 页`,
};

const EN: typeof ZH = {
  lang: 'en',
  loading: 'Loading cases…',
  errorTitle: 'Cases could not be shown',
  errorHint: 'Please reload the page in a moment.',
  filters: 'Filters',
  clear: 'Clear filters',
  previous: 'Previous',
  next: 'Next',
  pages: 'Pages',
  searchPlaceholder: 'Search companies, industries, features',
  keywords: 'Keywords',
  clearAll: 'Clear search and filters',
  noResultsHint: 'Try other words, or clear the filters.',
  back: 'Back to all cases',
  missing: 'What this page asks for is not available.',
  code: 'Code',
  table: 'Table',
  imageUnavailable: 'Image unavailable',
  count: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
  pageOf: (p: number, n: number) => `Page ${p} of ${n}`,
};

/**
 * Labels for a `lang` value (`zh-CN` → Chinese; anything else → English).
 * @example uiLabels('zh').next // '下一页'
 */
export function uiLabels(lang: string): UiLabels {
  const core = labelsFor(lang || 'en');
  return { ...core, ...(core === labelsFor('zh') ? ZH : EN) };
}
