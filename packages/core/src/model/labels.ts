import type { Taxonomy, Term } from './model.js';

/** User-facing labels of the model's fields, for one locale. */
export interface Labels {
  industry: string;
  location: string;
  cloudType: string;
  challenges: string;
  features: string;
  author: string;
  highlights: string;
  quote: string;
  scenarios: string;
  scenario: string;
  cases: string;
  case: string;
  company: string;
  readMore: string;
  search: string;
  page: string;
  contents: string;
  published: string;
  locale: string;
  /** The source kind facet (case page or article). */
  kind: string;
  provenBy: string;
  noResults: string;
}

/** Field labels per locale. `zh` and `en` are built in; other locales fall back to `en`. */
export const LABELS: Readonly<Record<'zh' | 'en', Labels>> = {
  zh: {
    industry: '行业',
    location: '地点',
    cloudType: '云类型',
    challenges: '挑战',
    features: '采用功能',
    author: '作者',
    highlights: '亮点',
    quote: '客户评价',
    scenarios: '应用场景',
    scenario: '场景',
    cases: '案例',
    case: '案例',
    company: '公司',
    readMore: '阅读全文',
    search: '搜索',
    page: '页',
    contents: '目录',
    published: '发布日期',
    locale: '语言',
    kind: '类型',
    provenBy: '相关案例',
    noResults: '没有符合条件的案例',
  },
  en: {
    industry: 'Industry',
    location: 'Location',
    cloudType: 'Cloud type',
    challenges: 'Challenges',
    features: 'Adopted features',
    author: 'Author',
    highlights: 'Highlights',
    quote: 'Testimonial',
    scenarios: 'Scenarios',
    scenario: 'Scenario',
    cases: 'Cases',
    case: 'Case',
    company: 'Company',
    readMore: 'Read more',
    search: 'Search',
    page: 'Page',
    contents: 'Contents',
    published: 'Published',
    locale: 'Language',
    kind: 'Type',
    provenBy: 'Proven by',
    noResults: 'No cases match',
  },
};

/**
 * Field labels for a locale (`zh-CN` → `zh`); unknown locales get English.
 * @example labelsFor('zh').industry // '行业'
 */
export function labelsFor(locale: string): Labels {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === 'zh' ? LABELS.zh : LABELS.en;
}

/** The taxonomy lists that hold terms, by facet name. */
export type TermKind = keyof Taxonomy;

/**
 * The label of a taxonomy term in a locale, falling back to English, then to the id.
 * @example termLabel(taxonomy, 'industries', 'finance', 'zh') // '金融'
 */
export function termLabel(taxonomy: Taxonomy, kind: TermKind, id: string, locale: string): string {
  const term: Term | undefined = taxonomy[kind].find((t) => t.id === id);
  if (!term) return id;
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return term.labels[locale] ?? term.labels[base] ?? term.labels.en ?? term.labels.zh ?? id;
}
