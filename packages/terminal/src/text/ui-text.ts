/** Words of the terminal interface itself (not of the content), per locale. */
export interface UiText {
  image: string;
  cases: string;
  scenarios: string;
  facets: string;
  search: string;
  searchPrompt: string;
  noResults: string;
  noCases: string;
  help: string;
  keys: string;
  back: string;
  quit: string;
  open: string;
  filter: string;
  clear: string;
  pdf: string;
  pdfUnavailable: string;
  /** Shown while a big folder is still loading. */
  loading: string;
  pdfRendering: string;
  pdfDone: string;
  pdfFailed: string;
  provenBy: string;
  /** Label of a scenario's aspects, with its colon. */
  aspects: string;
  pressAnyKey: string;
  of: string;
  column: { company: string; industry: string; cloudType: string; locale: string; match: string };
  /** Words of the key hints in the status line (besides `open`, `back`, `quit`, `filter`, `clear`). */
  hint: {
    help: string;
    search: string;
    scenarios: string;
    cases: string;
    toggle: string;
    move: string;
    list: string;
    scroll: string;
    page: string;
    /** The status line of the help screen. */
    closeHelp: string;
    /** The keys that end a search. */
    endSearch: string;
  };
}

const ZH: UiText = {
  image: '图片',
  cases: '案例',
  scenarios: '应用场景',
  facets: '筛选',
  search: '搜索',
  searchPrompt: '搜索：',
  noResults: '没有符合条件的案例',
  noCases: '没有案例',
  help: '帮助',
  keys: '按键',
  back: '返回',
  quit: '退出',
  open: '打开',
  filter: '筛选',
  clear: '清除',
  pdf: 'PDF',
  pdfUnavailable: 'PDF 渲染不可用（未安装 @cases/pdf）',
  loading: '载入中',
  pdfRendering: '正在生成 PDF',
  pdfDone: 'PDF 已保存：',
  pdfFailed: 'PDF 生成失败：',
  provenBy: '相关案例',
  aspects: '方面：',
  pressAnyKey: '按任意键关闭',
  of: '/',
  column: { company: '公司', industry: '行业', cloudType: '云类型', locale: '语言', match: '匹配' },
  hint: {
    help: '帮助',
    search: '搜索',
    scenarios: '场景',
    cases: '相关案例',
    toggle: '选择',
    move: '移动',
    list: '返回列表',
    scroll: '滚动',
    page: '翻页',
    closeHelp: '↑↓ 滚动  其他键关闭',
    endSearch: 'Enter 确定  Esc 取消',
  },
};

const EN: UiText = {
  image: 'Image',
  cases: 'Cases',
  scenarios: 'Scenarios',
  facets: 'Filters',
  search: 'Search',
  searchPrompt: 'Search: ',
  noResults: 'No cases match',
  noCases: 'No cases',
  help: 'Help',
  keys: 'Keys',
  back: 'back',
  quit: 'quit',
  open: 'open',
  filter: 'filter',
  clear: 'clear',
  pdf: 'PDF',
  pdfUnavailable: 'PDF rendering not available (@cases/pdf is not installed)',
  loading: 'loading',
  pdfRendering: 'Rendering PDF',
  pdfDone: 'PDF saved: ',
  pdfFailed: 'PDF failed: ',
  provenBy: 'Proven by',
  aspects: 'Aspects: ',
  pressAnyKey: 'Press any key to close',
  of: '/',
  column: { company: 'Company', industry: 'Industry', cloudType: 'Cloud type', locale: 'Lang', match: 'Match' },
  hint: {
    help: 'help',
    search: 'search',
    scenarios: 'scenarios',
    cases: 'cases',
    toggle: 'toggle',
    move: 'move',
    list: 'list',
    scroll: 'scroll',
    page: 'page',
    closeHelp: '↑↓ scroll  any other key closes',
    endSearch: 'Enter done  Esc cancel',
  },
};

/**
 * Interface words for a locale (`zh*` → Chinese, anything else → English).
 * @example uiText('zh').search // '搜索'
 */
export function uiText(locale: string): UiText {
  return locale.toLowerCase().startsWith('zh') ? ZH : EN;
}

/**
 * The interface locale from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`): `zh` for
 * Chinese, `en` for any other language, `fallback` when no language is set (`C`, `POSIX`).
 */
export function detectUiLocale(env: NodeJS.ProcessEnv = process.env, fallback = 'en'): string {
  const raw = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (raw.startsWith('zh')) return 'zh';
  return /^[a-z]{2,3}([_-]|$)/.test(raw) && !raw.startsWith('c.') ? 'en' : fallback;
}
