// The <cases-scenario> element alone (`cases-scenario.js`): registers it under `cases-`, or under the
// prefix given as `?prefix=acme` in the module URL. Shared code lives in chunks the other
// element entries and the full bundle load too.
import { defineElement } from '../define-element.js';
import { SCENARIO_SHEETS } from '../styles/scenario.js';
import { scenarioView } from '../view-scenario.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') defineElement('scenario', scenarioView, SCENARIO_SHEETS, prefix);
