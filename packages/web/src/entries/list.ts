// The <cases-list> element alone (`cases-list.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too.
import { defineElement } from '../define-element.js';
import { LIST_SHEETS } from '../styles/list.js';
import { listView } from '../view-list.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('list', listView, LIST_SHEETS, prefix);
