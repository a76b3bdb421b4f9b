// The <cases-detail> element alone (`cases-detail.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too.
import { defineElement } from '../define-element.js';
import { DETAIL_SHEETS } from '../styles/detail.js';
import { detailView } from '../view-detail.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('detail', detailView, DETAIL_SHEETS, prefix);
