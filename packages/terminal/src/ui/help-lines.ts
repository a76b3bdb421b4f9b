import { padToWidth, displayWidth } from '../text/display-width.js';
import type { StyledLine } from '../text/styled-line.js';
import { wrapSpans } from '../text/wrap-text.js';
import { fitLine } from './compose.js';

/** Every key of the browser, grouped by where it works. */
export const KEY_HELP: ReadonlyArray<{ title: { zh: string; en: string }; keys: ReadonlyArray<[string, { zh: string; en: string }]> }> = [
  {
    title: { zh: '案例列表', en: 'Case list' },
    keys: [
      ['↑ ↓  j k', { zh: '移动', en: 'move' }],
      ['PgUp PgDn', { zh: '翻页', en: 'page' }],
      ['Home End  g G', { zh: '首项 / 末项', en: 'first / last' }],
      ['Enter', { zh: '打开案例', en: 'open the case' }],
      ['/', { zh: '搜索（中文、英文）', en: 'search (Chinese, English)' }],
      ['Tab  f', { zh: '筛选面板', en: 'filter panel' }],
      ['Space Enter', { zh: '在筛选面板中选择 / 取消', en: 'toggle a filter value' }],
      ['x', { zh: '清除搜索与筛选', en: 'clear search and filters' }],
      ['s', { zh: '应用场景', en: 'scenarios' }],
      ['p', { zh: '把列表生成 PDF', en: 'render the list to PDF' }],
    ],
  },
  {
    title: { zh: '案例与场景', en: 'Case and scenario' },
    keys: [
      ['↑ ↓  j k', { zh: '滚动一行', en: 'scroll a line' }],
      ['PgUp PgDn  Space b', { zh: '滚动一页', en: 'scroll a page' }],
      ['Home End  g G', { zh: '开头 / 结尾', en: 'top / bottom' }],
      ['1 … 9', { zh: '打开相关案例', en: 'open a proving case' }],
      ['p', { zh: '把案例生成 PDF', en: 'render the case to PDF' }],
    ],
  },
  {
    title: { zh: '任何地方', en: 'Anywhere' },
    keys: [
      ['?', { zh: '帮助', en: 'this help' }],
      ['q  Esc', { zh: '返回 / 退出', en: 'back / quit' }],
      ['Ctrl-C', { zh: '退出', en: 'quit' }],
    ],
  },
];

function allHelpLines(locale: string, width: number): StyledLine[] {
  const zh = locale.startsWith('zh');
  const keyWidth = Math.min(Math.max(...KEY_HELP.flatMap((g) => g.keys.map(([k]) => displayWidth(k)))) + 2, Math.floor(width * 0.4));
  const all: StyledLine[] = [];
  for (const group of KEY_HELP) {
    if (all.length) all.push([]);
    all.push([{ text: zh ? group.title.zh : group.title.en, style: { bold: true, tone: 'heading' } }]);
    for (const [key, what] of group.keys) {
      all.push(
        ...wrapSpans([{ text: zh ? what.zh : what.en }], width - 1, {
          first: [{ text: '  ' }, { text: padToWidth(key, keyWidth - 1) + ' ', style: { bold: true, tone: 'accent' } }],
        }),
      );
    }
  }
  return all;
}

/** Lines of the help text in a locale at a width (for scrolling). */
export function helpLineCount(locale: string, width: number): number {
  return allHelpLines(locale, width).length;
}

/** The help screen: every key, `height` lines of `width` columns from line `scroll`. */
export function helpLines(locale: string, width: number, height: number, scroll = 0): StyledLine[] {
  const all = allHelpLines(locale, width);
  return Array.from({ length: height }, (_, k) => fitLine(all[scroll + k] ? [{ text: ' ' }, ...all[scroll + k]!] : [], width));
}
