// The <cases-quote> element alone (`cases-quote.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too.
import { defineElement } from '../define-element.js';
import { QUOTE_SHEETS } from '../styles/quote.js';
import { quoteView } from '../view-quote.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('quote', quoteView, QUOTE_SHEETS, prefix);
