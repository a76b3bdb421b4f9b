import type { ExportData } from '@cases/core/browser';

import { elementLabels } from './element-labels.js';
import { loadData, warnDropped } from './load-data.js';
import { parseExport } from './validate-export.js';
import type { ListState, ViewContext } from './view-context.js';
import type { VNode } from './vnode.js';
import { liveRegion, skeleton, stateBox } from './view-shared.js';
import { patchChildren } from './patch-dom.js';
import { assertPrefix } from './prefix.js';

/**
 * Attributes every element observes: a change renders it again. `theme` is not among them: it
 * only selects `:host([theme=…])` styles, which apply without rebuilding the shadow DOM.
 */
export const OBSERVED_ATTRIBUTES = [
  'src',
  'lang',
  'locale',
  'case-id',
  'scenario-id',
  'case-href',
  'scenario-href',
  'page-size',
  'facets',
  'heading-level',
  'industry',
  'cloud-type',
  'feature',
  'challenge',
  'scenario',
  'quote-index',
];

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed stylesheet per part, shared by every element that adopts it. */
function sheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

// Elements follow the language of the page around them: one observer for all of them watches
// `lang` attributes anywhere in the document (a site's language switch sets one on <html>).
const watching = new Set<{ langChanged(): void }>();
let langObserver: MutationObserver | undefined;

function watchLang(el: { langChanged(): void }): void {
  watching.add(el);
  langObserver ??= new MutationObserver(() => {
    for (const w of watching) w.langChanged();
  });
  if (watching.size === 1) langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(el: { langChanged(): void }): void {
  watching.delete(el);
  if (!watching.size) langObserver?.disconnect();
}

function createBase(): typeof HTMLElement {
  return class CasesElement extends HTMLElement {
    static observedAttributes = OBSERVED_ATTRIBUTES;
    static view: (ctx: ViewContext) => VNode;
    static styles: readonly string[];
    /** Whether the view can show the first page of a paged index before the rest arrives. */
    static previews: boolean;
    #root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    #data: ExportData | null = null;
    #error: string | null = null;
    #own = false;
    #rendered = false;
    #token = 0;
    #state: ListState = { filters: {}, search: '', page: 1, open: {}, opened: null };
    /** The `paging` of a paged index's first file while the rest of it loads. */
    #paging: unknown;

    constructor() {
      super();
      // A `data` property set before the element upgraded shadows the accessor; re-apply it.
      if (Object.prototype.hasOwnProperty.call(this, 'data')) {
        const value = (this as { data?: unknown }).data;
        delete (this as { data?: unknown }).data;
        this.data = value as ExportData;
      }
    }

    /** The export the element renders; setting it validates it and wins over `src`. */
    get data(): ExportData | null {
      return this.#data;
    }

    set data(value: ExportData | null) {
      this.#own = value != null;
      this.#token++;
      if (value == null) this.#load();
      else this.#accept(() => parseExport(value, warnDropped(`the data property of <${this.localName}>`)));
    }

    #shownLang = '';

    connectedCallback(): void {
      watchLang(this);
      this.#root.adoptedStyleSheets = (this.constructor as typeof CasesElement).styles.map(sheetOf);
      if (!this.#data && !this.#error) this.#load();
      else this.#render();
    }

    disconnectedCallback(): void {
      unwatchLang(this);
    }

    /** A `lang` changed somewhere in the page: render again if this element's language did. */
    langChanged(): void {
      if (this.isConnected && this.#rendered && this.#lang() !== this.#shownLang) this.#render();
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (old === value || !this.isConnected) return;
      if (name === 'src') this.#load();
      else this.#render();
    }

    #load(): void {
      if (this.#own) return;
      const token = ++this.#token;
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) {
        return this.#accept(() => {
          let json: unknown;
          try {
            json = JSON.parse(script.textContent ?? '');
          } catch {
            throw new Error(`the <script type="application/json"> inside <${this.localName}> is not JSON`);
          }
          return parseExport(json, warnDropped(`the inline data of <${this.localName}>`));
        });
      }
      const src = this.getAttribute('src');
      this.#data = null;
      this.#paging = undefined;
      this.#error = null;
      this.#render();
      if (!src) {
        // A framework sets the data property after inserting the element (React while it
        // hydrates): only an element still without data once the page has loaded is an error.
        const check = () => {
          if (token === this.#token && !this.#own)
            this.#fail('no data: set the src attribute, add a <script type="application/json"> child, or set the data property');
        };
        if (document.readyState === 'complete') setTimeout(check, 0);
        else window.addEventListener('load', () => setTimeout(check, 0), { once: true });
        return;
      }
      const fail = (error: Error) => token === this.#token && this.#fail(error.message);
      loadData(src).then((loaded) => {
        if (token !== this.#token) return;
        const { rest } = loaded;
        if (!rest) return this.#accept(() => loaded.data);
        // A paged index: a list shows its first page now and loads the rest after that paint.
        const whole = () => rest().then((data) => token === this.#token && this.#accept(() => data), fail);
        if (!(this.constructor as typeof CasesElement).previews) return void whole();
        this.#accept(() => loaded.data, loaded.paging);
        requestAnimationFrame(() => setTimeout(whole, 0));
      }, fail);
    }

    #accept(get: () => ExportData, paging?: unknown): void {
      let data: ExportData;
      try {
        data = get();
      } catch (error) {
        return this.#fail((error as Error).message);
      }
      this.#data = data;
      this.#paging = paging;
      this.#error = null;
      this.#render();
    }

    #fail(reason: string): void {
      this.#data = null;
      this.#paging = undefined;
      this.#error = reason;
      console.error(`<${this.localName}>: cases data could not be used: ${reason}`);
      this.#render();
    }

    #lang(): string {
      return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    }

    /** Where focus goes after the next render that has it (`data-k`), asked for by a view. */
    #focusNext: string | null = null;

    #render(): void {
      if (!this.isConnected) return;
      this.#shownLang = this.#lang();
      const t = elementLabels(this.#shownLang);
      let announce = '';
      let node: VNode;
      const failed = () => {
        announce = `${t.errorTitle} ${t.errorHint}`;
        return stateBox('error', t.errorTitle, t.errorHint);
      };
      if (this.#error) node = failed();
      else if (this.#data) {
        try {
          node = (this.constructor as typeof CasesElement).view(this.#context(this.#data, t, (text) => (announce = text)));
        } catch (error) {
          // A bug of ours, not the data's (it was checked): the visitor sees the error state.
          console.error(`<${this.localName}>: could not render:`, error);
          node = failed();
        }
      } else if (!this.#rendered && this.#root.childNodes.length)
        return; // keep server-rendered markup
      else node = skeleton(t);
      // Content already shown stays until its successor is ready (a case's detail file on its
      // way): a placeholder in between would collapse and regrow the layout around it.
      if (node.a.part === 'loading' && [...this.#root.children].some((el) => !el.matches('link, style, [part=loading], [part=error], [data-key=live]'))) return;
      // A part an entry loaded after the element connected (the list's detail parts) is adopted now.
      const { styles } = this.constructor as typeof CasesElement;
      if (this.#root.adoptedStyleSheets.length !== styles.length) this.#root.adoptedStyleSheets = styles.map(sheetOf);
      const active = this.#root.activeElement;
      const key = active?.getAttribute('data-k');
      // Only what changed is replaced: the live region, a focused field and unchanged cards stay.
      patchChildren(this.#root, [node, liveRegion(announce)], document);
      this.#rendered = true;
      const wanted = this.#focusNext;
      const target = wanted ? this.#root.querySelector<HTMLElement>(`[data-k="${CSS.escape(wanted)}"]`) : null;
      if (target) {
        this.#focusNext = null;
        target.focus();
      } else if (key && (this.#root.activeElement !== active || (active as HTMLButtonElement).disabled)) {
        // The focused control is gone or disabled (the last page's "next"): focus its successor.
        const fallback =
          this.#root.querySelector<HTMLElement>(`[data-k="${CSS.escape(key)}"]:not(:disabled)`) ??
          this.#root.querySelector<HTMLElement>('[aria-current=page]') ??
          this.#root.querySelector<HTMLElement>('[data-k=search]');
        fallback?.focus();
      }
    }

    /** The URL the data came from (`src`, resolved), when it came from one. */
    #source(): string | null {
      const src = this.getAttribute('src');
      return src && !this.#own ? new URL(src, document.baseURI).href : null;
    }

    #context(data: ExportData, t: ViewContext['t'], announce: (text: string) => void): ViewContext {
      return {
        announce,
        focus: (key) => (this.#focusNext = key),
        source: this.#source(),
        data,
        paging: this.#paging,
        t,
        lang: this.#lang(),
        attr: (name) => this.getAttribute(name),
        state: this.#state,
        update: (patch) => {
          this.#state = { ...this.#state, ...patch };
          this.#render();
          return this.#state;
        },
        emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true })),
      };
    }
  };
}

let Base: ReturnType<typeof createBase> | undefined;

/**
 * Register one element, `<prefix-name>`, rendered by `view` and styled by the stylesheet parts
 * `styles` (see styles.ts); skipped when the name is taken. The per-element entries
 * (`cases-card.js`, …) call this, so a page that needs only cards loads only the card's view
 * and styles.
 * @returns whether this call registered it.
 * @example defineElement('card', cardView, CARD_SHEETS, 'acme'); // <acme-card>
 */
export function defineElement(
  name: string,
  view: (ctx: ViewContext) => VNode,
  styles: readonly string[],
  prefix = 'cases',
  registry: CustomElementRegistry = customElements,
): boolean {
  assertPrefix(prefix, 'define');
  Base ??= createBase();
  const tag = `${prefix}-${name}`;
  if (registry.get(tag)) return false;
  registry.define(
    tag,
    class extends (Base as unknown as { new (): HTMLElement; view: unknown; styles: unknown; previews: unknown }) {
      static override view = view;
      static override styles = styles;
      static override previews = name === 'list';
    } as unknown as CustomElementConstructor,
  );
  return true;
}
