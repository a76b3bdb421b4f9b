import { describe, expect, it } from 'vitest';

import { createEmbedKit, DEMO_CSP } from '@cases/web';

import { FIXTURE } from './helpers/site.js';

describe('createEmbedKit', () => {
  const kit = createEmbedKit(FIXTURE);

  it('writes the demo, the hostile page, their assets and the data', () => {
    expect(Object.keys(kit).sort()).toEqual(['cases.json', 'demo.css', 'demo.js', 'hostile.html', 'hostile.js', 'hostile.json', 'index.html']);
    expect(JSON.parse(kit['cases.json']!)).toEqual(FIXTURE);
  });

  it('the demo runs under a strict CSP: no inline script or style anywhere', () => {
    const html = kit['index.html']!;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DEMO_CSP.replace(/'/g, '&#39;')}">`);
    expect(DEMO_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('shows every element with a copy-paste snippet', () => {
    const html = kit['index.html']!;
    for (const tag of ['cases-list', 'cases-card', 'cases-detail', 'cases-quote', 'cases-scenario']) {
      expect(html).toMatch(new RegExp(`<${tag}[^>]* data-widget`));
      expect(html).toContain(`&lt;${tag} src=&quot;cases.json&quot;`);
    }
    expect(html).toContain('<template shadowrootmode="open"><link rel="stylesheet" href="cases-web.css">');
  });

  it('uses another tag prefix when asked', () => {
    const prefixed = createEmbedKit(FIXTURE, { prefix: 'acme' });
    expect(prefixed['index.html']).toContain('<script type="module" src="cases-web.js?prefix=acme"></script>');
    expect(prefixed['index.html']).toContain('<acme-list data-widget');
    expect(prefixed['index.html']).not.toMatch(/<cases-(list|card|detail|quote|scenario)\b/);
    expect(prefixed['hostile.html']).toContain('data-prefix="acme"');
    expect(() => createEmbedKit(FIXTURE, { prefix: 'Bad Prefix' })).toThrow('prefix "Bad Prefix" is not valid');
  });

  it('the static card is a widget under any prefix, so the demo’s theme and language switches reach it', () => {
    for (const prefix of ['cases', 'acme']) {
      const html = createEmbedKit(FIXTURE, { prefix })['index.html']!;
      expect(html, prefix).toMatch(new RegExp(`<${prefix}-card data-widget(="")? [^>]*><template shadowrootmode="open">`));
    }
  });
});
