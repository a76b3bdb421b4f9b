/**
 * The words only a list shows (search, filters, pager, its count and way back), in their own
 * file so that a page without a list does not download them (decision 049). `uiLabels` has
 * them too.
 */
export interface ListLabels {
  filters: string;
  clear: string;
  previous: string;
  next: string;
  pages: string;
  searchPlaceholder: string;
  /** The button that clears the search and every filter when nothing matches. */
  clearAll: string;
  /** What to try when nothing matches. */
  noResultsHint: string;
  /** The button that closes a case opened in a list. */
  back: string;
  count: (n: number) => string;
  pageOf: (page: number, pages: number) => string;
}

const ZH: ListLabels = {
  filters: '筛选',
  clear: '清除筛选',
  previous: '上一页',
  next: '下一页',
  pages: '分页',
  searchPlaceholder: '搜索公司、行业或功能',
  clearAll: '清除搜索和筛选',
  noResultsHint: '换个关键词，或清除筛选条件。',
  back: '返回案例列表',
  count: (n: number) => `共 ${n} 个案例`,
  pageOf: (p: number, n: number) => `第 ${p} / ${n} 页`,
};

const EN: ListLabels = {
  filters: 'Filters',
  clear: 'Clear filters',
  previous: 'Previous',
  next: 'Next',
  pages: 'Pages',
  searchPlaceholder: 'Search companies, industries, features',
  clearAll: 'Clear search and filters',
  noResultsHint: 'Try other words, or clear the filters.',
  back: 'Back to all cases',
  count: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
  pageOf: (p: number, n: number) => `Page ${p} of ${n}`,
};

/**
 * The list's words in the language of the element's other labels (`t.lang`: `zh` or `en`).
 * @example listLabels({ lang: 'zh' }).next // '下一页'
 */
export function listLabels(t: { lang: string }): ListLabels {
  return t.lang === 'zh' ? ZH : EN;
}
