import { renderToString as renderReact } from 'react-dom/server';
import { jsonForScript, renderToString } from '@cases/web';

import { App } from './App.js';
import type { CasesData } from './cases-elements.js';

/**
 * The whole page, rendered on the server: React's markup plus, inside it, a case card from
 * `@cases/web`'s `renderToString` (it shows before any script runs). The client hydrates the
 * same `App` with the same props, read from the inline JSON.
 */
export function renderPage(data: CasesData, lang: 'zh' | 'en', caseId: string): string {
  const staticCard = renderToString('card', data, { lang, attributes: { 'case-id': caseId, locale: 'zh' }, inlineData: true });
  const props = { data, lang, staticCard };
  const html = renderReact(<App {...props} />);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>React + cases</title>
<script type="module" src="client.js"></script></head>
<body><div id="root">${html}</div><script type="application/json" id="props">${jsonForScript(props)}</script></body></html>`;
}
