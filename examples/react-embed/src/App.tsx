import { useState } from 'react';

import type { CasesData, CasesSelectDetail } from './cases-elements.js';

/** Props of {@link App}. */
export interface AppProps {
  data: CasesData;
  lang: 'zh' | 'en';
  /** A case card rendered on the server by `renderToString` (declarative shadow DOM, data inlined). */
  staticCard: string;
}

/**
 * A React page around the elements. The list was server-rendered, so a ref gives it its `data`
 * property and its `cases-select` listener (hydration sets neither); the detail is rendered on
 * the client, where React 19 sets `data` as a property and `oncases-filter` as a listener
 * itself, and it follows the reader's choice by locale and id.
 */
export function App({ data, lang, staticCard }: AppProps) {
  const [picked, setPicked] = useState<{ id: string; locale: string } | null>(null);
  return (
    <main>
      <h1>{lang === 'zh' ? '客户案例' : 'Customer stories'}</h1>
      <p id="picked">{picked ? `${picked.locale}/${picked.id}` : ''}</p>
      {/* Hydration does not set properties or listeners React did not render on the server: a ref does. */}
      <cases-list
        ref={(el) => {
          if (!el) return;
          (el as HTMLElement & { data: CasesData }).data = data;
          const onSelect = (event: Event) => {
            const { detail } = event as CustomEvent<CasesSelectDetail>;
            event.preventDefault();
            setPicked({ id: detail.id, locale: detail.locale });
          };
          el.addEventListener('cases-select', onSelect);
          return () => el.removeEventListener('cases-select', onSelect);
        }}
        lang={lang}
        page-size={4}
      />
      {picked && <cases-detail data={data} lang={lang} case-id={picked.id} locale={picked.locale} oncases-filter={() => undefined} />}
      <div id="static" dangerouslySetInnerHTML={{ __html: staticCard }} />
    </main>
  );
}
