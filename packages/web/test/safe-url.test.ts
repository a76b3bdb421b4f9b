import { describe, expect, it } from 'vitest';

import { safeImageUrl, safeLinkUrl } from '@cases/web';

import { HOSTILE_URLS } from '../src/hostile-export.js';

describe('URL allow-lists', () => {
  it.each([
    ['https://kubesphere.io/case/', 'https://kubesphere.io/case/'],
    ['http://example.com', 'http://example.com'],
    ['mailto:sales@example.com', 'mailto:sales@example.com'],
    ['/cases/tuling/', '/cases/tuling/'],
    ['../tuling.html#top', '../tuling.html#top'],
    ['//cdn.example.com/x', '//cdn.example.com/x'],
    ['  https://x.io  ', 'https://x.io'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['\u0000javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['', null],
    [42, null],
  ])('link %j → %j', (url, expected) => {
    expect(safeLinkUrl(url)).toBe(expected);
  });

  it('images allow http(s) and relative only', () => {
    expect(safeImageUrl('https://pek3b.qingstor.com/a.png')).toBe('https://pek3b.qingstor.com/a.png');
    expect(safeImageUrl('/images/case/logo.png')).toBe('/images/case/logo.png');
    expect(safeImageUrl('mailto:x@y.z')).toBeNull();
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
    for (const url of HOSTILE_URLS) expect(safeImageUrl(url)).toBeNull();
  });

  it('every hostile URL is refused as a link', () => {
    for (const url of HOSTILE_URLS) expect(safeLinkUrl(url)).toBeNull();
  });
});

describe('values that hold markup are not URLs', () => {
  it('an image or link "URL" with < > " or ` is refused, also once it would resolve against a base', async () => {
    const markup = '<x-pwned data-pwned=1 onclick="window.__pwned=1">';
    expect(safeImageUrl(markup)).toBeNull();
    expect(safeLinkUrl(`https://e.x/${markup}`)).toBeNull();
    expect(safeImageUrl('/images/case/logo.png')).toBe('/images/case/logo.png');
    const { resolveAssetUrls } = await import('../src/resolve-assets.js');
    const data = { cases: [{ company: { logo: markup }, cover: null, sections: [], facts: { positions: {} }, source: { path: 'x' } }], scenarios: [] };
    resolveAssetUrls(data as never, 'https://kit.example/index.json');
    expect(safeImageUrl(data.cases[0]!.company.logo)).toBeNull();
  });
});
