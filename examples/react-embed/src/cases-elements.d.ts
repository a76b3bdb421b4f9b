// TypeScript JSX types for the @cases/web elements in React 19: attributes, the `data`
// property and the `cases-select` / `cases-filter` events (React 19 passes `on<event>` props
// on custom elements to addEventListener, and object props to properties).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { renderToString } from '@cases/web';

/** The export JSON the elements render. */
export type CasesData = Parameters<typeof renderToString>[1];

/** Detail of `cases-select`. */
export interface CasesSelectDetail {
  kind: 'case' | 'scenario';
  id: string;
  locale: string;
  href: string | null;
}

/** Detail of `cases-filter`. */
export interface CasesFilterDetail {
  filters: Record<string, string[]>;
  search: string;
  page: number;
  total: number;
}

type CasesElementProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  src?: string;
  data?: CasesData;
  lang?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'case-id'?: string;
  'scenario-id'?: string;
  'case-href'?: string;
  'scenario-href'?: string;
  'page-size'?: number | string;
  'heading-level'?: number | string;
  facets?: string;
  'oncases-select'?: (event: CustomEvent<CasesSelectDetail>) => void;
  'oncases-filter'?: (event: CustomEvent<CasesFilterDetail>) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cases-card': CasesElementProps;
      'cases-list': CasesElementProps;
      'cases-detail': CasesElementProps;
      'cases-quote': CasesElementProps;
      'cases-scenario': CasesElementProps;
    }
  }
}
