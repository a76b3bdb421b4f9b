import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { Browser, type BrowserProps } from '../src/index.js';
import { cases, scenarios, taxonomy } from './fixtures/model.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

function open(props: Partial<BrowserProps> = {}) {
  const app = render(<Browser cases={cases} scenarios={scenarios} taxonomy={taxonomy} locale="zh" color={false} width={80} height={16} {...props} />);
  // After each key, wait until the frame has stopped changing: on a busy machine a render can
  // land later than one tick, and the next key or assertion must see it.
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
      for (let i = 0, last = app.lastFrame(); i < 30; i++, last = app.lastFrame()) {
        await tick();
        if (app.lastFrame() === last) break;
      }
    }
  };
  return { ...app, press, frame: () => app.lastFrame() ?? '' };
}

const KEYS = { up: '\u001b[A', down: '\u001b[B', enter: '\r', esc: '\u001b', tab: '\t', pageDown: '\u001b[6~', end: '\u001b[F', home: '\u001b[H' };

describe('Browser at fixed sizes', () => {
  it('draws the list with the facet panel at 80×16', async () => {
    const app = open();
    await tick();
    await expect(app.frame() + '\n').toMatchFileSnapshot('./fixtures/screens/list-80x16.txt');
    app.unmount();
  });

  it('draws the list alone at 40×12', async () => {
    const app = open({ width: 40, height: 12 });
    await tick();
    await expect(app.frame() + '\n').toMatchFileSnapshot('./fixtures/screens/list-40x12.txt');
    app.unmount();
  });

  it('keeps lines within the screen and the panel border aligned, Chinese included', async () => {
    const { default: stringWidth } = await import('string-width');
    for (const width of [40, 57, 80, 120, 200]) {
      const app = open({ width, height: 14 });
      await tick();
      const lines = app.frame().split('\n');
      expect(lines).toHaveLength(14);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      if (width >= 80) {
        // The facet panel's border sits in the same column on every body line.
        const columns = new Set(lines.slice(1, -1).map((line) => stringWidth(line.slice(0, line.indexOf('│')))));
        expect([...columns]).toHaveLength(1);
      }
      await app.press(KEYS.enter);
      const bars = app.frame().split('\n').slice(1, -1);
      for (const line of bars) expect(stringWidth(line)).toBe(width); // the scrollbar is the last column
      app.unmount();
    }
  });

  it('shows content control characters harmlessly', async () => {
    const app = open();
    await tick();
    expect(app.frame()).toContain('Acme␛[2J Corp');
    expect(app.frame()).not.toContain('\u001b[2J');
    app.unmount();
  });
});

describe('Browser keys', () => {
  it('moves, opens a case, scrolls and goes back', async () => {
    const app = open();
    await tick();
    expect(app.frame()).toMatch(/› vesoft inc\./);
    await app.press(KEYS.down);
    expect(app.frame()).toMatch(/› Acme␛\[2J Corp/);
    expect(app.frame().split('\n')[0]).toMatch(/ 2\/3$/);
    await app.press(KEYS.up, KEYS.enter);
    await expect(app.frame() + '\n').toMatchFileSnapshot('./fixtures/screens/case-80x16.txt');
    await app.press('j', 'j');
    expect(app.frame().split('\n')[1]).not.toContain('vesoft inc.');
    await app.press('g');
    expect(app.frame().split('\n')[1]).toContain('vesoft inc.');
    await app.press(KEYS.end);
    expect(app.frame()).toContain('—— 吴敏，vesoft 技术总监');
    await app.press('q');
    expect(app.frame()).toMatch(/› vesoft inc\./);
    app.unmount();
  });

  it('searches incrementally and opens the match', async () => {
    const app = open();
    await tick();
    await app.press('/', '图', '灵');
    expect(app.frame()).toContain('搜索：图灵');
    expect(app.frame().split('\n')[0]).toContain('案例 1/3');
    expect(app.frame()).toMatch(/› 图灵机器人/);
    await app.press(KEYS.enter, KEYS.enter);
    expect(app.frame()).toContain('图灵机器人使用多集群部署保证高可用。');
    await app.press(KEYS.esc);
    await app.press(KEYS.esc); // clears the search
    expect(app.frame().split('\n')[0]).toContain('案例 3/3');
    app.unmount();
  });

  it('treats a chunk of typed keys as separate keys', async () => {
    const app = open();
    await tick();
    await app.press('/图灵\r\r');
    expect(app.frame()).toContain('图灵机器人使用多集群部署保证高可用。');
    app.unmount();
  });

  it('filters by a facet and shows counts', async () => {
    const app = open();
    await tick();
    expect(app.frame()).toMatch(/\[ \] 制造 +1/);
    await app.press(KEYS.tab, KEYS.down, ' ');
    expect(app.frame()).toMatch(/\[x\] 制造 +1/);
    expect(app.frame().split('\n')[0]).toContain('案例 1/3 · 制造');
    expect(app.frame()).toMatch(/\[ \] 互联网 +2/); // other values of the same group: alternatives
    expect(app.frame()).toMatch(/\[ \] 公有云 +0/); // other groups: narrowed by the choice
    await app.press('x', KEYS.tab);
    expect(app.frame().split('\n')[0]).toContain('案例 3/3');
    app.unmount();
  });

  it('opens the scenarios view and a proving case with one key', async () => {
    const app = open();
    await tick();
    await app.press('s');
    expect(app.frame()).toContain('多集群部署');
    expect(app.frame()).toContain('[2] 图灵机器人');
    await app.press('2');
    expect(app.frame().split('\n')[0]).toContain('图灵机器人');
    await app.press('q', KEYS.enter);
    expect(app.frame()).toContain('方面：高可用 · 低延迟');
    await app.press('q', 'q');
    expect(app.frame()).toMatch(/› vesoft inc\./);
    app.unmount();
  });

  it('shows help and closes it with any key', async () => {
    const app = open();
    await tick();
    await app.press('?');
    expect(app.frame()).toContain('搜索（中文、英文）');
    await app.press('z');
    expect(app.frame()).not.toContain('搜索（中文、英文）');
    app.unmount();
  });

  it('scrolls the Chinese help at a narrow width no further than its last line', async () => {
    const app = open({ width: 40, height: 12 });
    await tick();
    await app.press('?', 'j'.repeat(40));
    const body = app.frame().split('\n').slice(1, -1);
    expect(body.at(-1)).toContain('Ctrl-C');
    app.unmount();
  });

  it('says PDF is not available without a renderer, and reports progress and the path with one', async () => {
    const app = open();
    await tick();
    await app.press('p');
    expect(app.frame()).toContain('PDF 渲染不可用');
    app.unmount();

    const calls: Array<Array<{ locale: string; id: string }>> = [];
    let finish: (value: { path: string }) => void = () => undefined;
    const withPdf = open({
      renderPdf: (keys, onProgress) => {
        calls.push(keys);
        onProgress({ done: 1, total: 2 });
        return new Promise((resolve) => (finish = resolve));
      },
    });
    await tick();
    await withPdf.press(KEYS.enter, 'p');
    expect(calls).toEqual([[{ locale: 'zh', id: 'vesoft' }]]);
    expect(withPdf.frame()).toContain('正在生成 PDF 1/2…');
    finish({ path: 'out/pdf/vesoft.pdf' });
    await tick();
    expect(withPdf.frame()).toContain('PDF 已保存：out/pdf/vesoft.pdf');
    await withPdf.press('q', 'p');
    expect(calls[1]).toEqual([
      { locale: 'zh', id: 'vesoft' },
      { locale: 'en', id: 'acme' },
      { locale: 'zh', id: 'tuling' },
    ]);
    withPdf.unmount();
  });

  it('quits with q on the list', async () => {
    let quit = false;
    const app = open({ onExit: () => (quit = true) });
    await tick();
    await app.press('q');
    expect(quit).toBe(true);
    app.unmount();
  });
});

describe('Browser with many cases', () => {
  it('fits 10,000 cases in one screen and pages through them to the last', async () => {
    const many = Array.from({ length: 10_000 }, (_, k) => ({ ...cases[k % 3]!, id: `case-${k}`, company: { ...cases[k % 3]!.company, name: `公司 ${k}` } }));
    const app = open({ cases: many });
    await tick();
    expect(app.frame().split('\n')).toHaveLength(16);
    expect(app.frame().split('\n')[0]).toContain('1/10000');
    await app.press(KEYS.pageDown);
    expect(app.frame().split('\n')[0]).toContain('13/10000');
    await app.press(KEYS.end);
    expect(app.frame()).toMatch(/› 公司 9999/);
    app.unmount();
  });
});
