// The <cases-list> element alone (`cases-list.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too; the detail view of a case opened in the list
// is loaded the first time one opens (decision 049).
import { defineElement } from '../define-element.js';
import { LIST_SHEETS } from '../styles/list.js';
import { listViewWith } from '../view-list.js';
import type { RenderOpened } from '../view-list.js';
import { skeleton, stateBox } from '../view-shared.js';

/** The list's stylesheet parts; the opened case's are appended once loaded (adopted at the next render). */
const sheets = [...LIST_SHEETS];
let renderOpened: RenderOpened | undefined;
let loading: Promise<void> | undefined;

/** The opened case: the detail view once loaded; meanwhile the loading state, then a render again. */
const lazyDetail: RenderOpened = (ctx, c, level) => {
  if (renderOpened) return renderOpened(ctx, c, level);
  loading ??= import('../list-detail.js').then(
    (loaded) => {
      sheets.push(...loaded.OPENED_SHEETS);
      renderOpened = loaded.renderDetail;
    },
    (error: Error) => {
      console.error(`<cases-list>: the detail view could not be loaded (${error.message})`);
      renderOpened = (ctx) => {
        ctx.announce(`${ctx.t.errorTitle} ${ctx.t.errorHint}`);
        return stateBox('error', ctx.t.errorTitle, ctx.t.errorHint);
      };
    },
  );
  void loading.then(() => ctx.update({}));
  return skeleton(ctx.t);
};

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('list', listViewWith(lazyDetail), sheets, prefix);
