// The <cases-card> element alone (`cases-card.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too.
import { defineElement } from '../define-element.js';
import { CARD_SHEETS } from '../styles/card.js';
import { cardView } from '../view-card.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('card', cardView, CARD_SHEETS, prefix);
