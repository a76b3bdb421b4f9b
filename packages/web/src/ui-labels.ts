import { labelsFor } from '@cases/core/browser';
import type { Labels } from '@cases/core/browser';

/** Widget labels: core's field labels plus the few strings only the widgets need. */
export interface UiLabels extends Labels {
  loading: string;
  errorTitle: string;
  /** What a visitor can do about an error; the technical reason goes to the console. */
  errorHint: string;
  notFound: string;
  filters: string;
  clear: string;
  previous: string;
  next: string;
  pages: string;
  searchPlaceholder: string;
  keywords: string;
  count: (n: number) => string;
  pageOf: (page: number, pages: number) => string;
}

const ZH = {
  loading: '正在加载案例…',
  errorTitle: '案例暂时无法显示',
  errorHint: '请稍后刷新页面再试。',
  notFound: '找不到',
  filters: '筛选',
  clear: '清除筛选',
  previous: '上一页',
  next: '下一页',
  pages: '分页',
  searchPlaceholder: '搜索公司、行业或功能',
  keywords: '关键词',
  count: (n: number) => `共 ${n} 个案例`,
  pageOf: (p: number, n: number) => `第 ${p} / ${n} 页`,
};

const EN: typeof ZH = {
  loading: 'Loading cases…',
  errorTitle: 'Cases could not be shown',
  errorHint: 'Please reload the page in a moment.',
  notFound: 'Not found:',
  filters: 'Filters',
  clear: 'Clear filters',
  previous: 'Previous',
  next: 'Next',
  pages: 'Pages',
  searchPlaceholder: 'Search companies, industries, features',
  keywords: 'Keywords',
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
