import fc from 'fast-check';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { Browser, caseListLines, caseToText, facetRows, linesToString, sanitizeText, scenarioToText, uiText } from '../src/index.js';
import { facetPanelLines } from '../src/ui/facet-panel-lines.js';
import { scenariosLines } from '../src/ui/scenarios-lines.js';
import { cases, scenarios, taxonomy } from './fixtures/model.js';
import { hostileString, poison, unsafePart } from './hostile-strings.js';

describe('nothing a file contains can drive the terminal', () => {
  it('sanitizeText leaves no control, C1 or bidi character, and is idempotent', () => {
    fc.assert(
      fc.property(hostileString(40), (s) => {
        const once = sanitizeText(s);
        expect(unsafePart(once, { colour: false })).toBeUndefined();
        expect(sanitizeText(once)).toBe(once);
        expect(sanitizeText(s, { keepNewlines: false })).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });

  it('case and scenario text, list rows, facet panel and scenarios screen: only our SGR styling', () => {
    fc.assert(
      fc.property(hostileString(), fc.boolean(), fc.integer({ min: 20, max: 120 }), (h, colour, width) => {
        const hostileCases = poison(cases, h);
        const hostileScenarios = poison(scenarios, h);
        const hostileTaxonomy = poison(taxonomy, h);
        const outputs = [
          ...hostileCases.map((c) => caseToText(c, { width, taxonomy: hostileTaxonomy, color: colour })),
          ...hostileScenarios.map((s) => scenarioToText(s, { width, cases: hostileCases, taxonomy: hostileTaxonomy, color: colour })),
          linesToString(
            caseListLines({ cases: hostileCases, taxonomy: hostileTaxonomy, cursor: 0, top: 0, width, height: 10, focused: true, ui: uiText('zh') }),
            colour,
          ),
          linesToString(facetPanelLines(facetRows(hostileCases, {}, hostileTaxonomy, 'zh'), 1, 0, 30, width, true), colour),
          linesToString(scenariosLines({ scenarios: hostileScenarios, cases: hostileCases, cursor: 0, width, height: 12, ui: uiText('en') }), colour),
        ];
        for (const out of outputs) {
          expect(unsafePart(out, { colour })).toBeUndefined();
          if (!colour) expect(out).not.toContain('\u001b');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the browser (list, facets, case, scenarios, search typed with escapes): only our SGR styling', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString(), async (h) => {
        const app = render(
          <Browser cases={poison(cases, h)} scenarios={poison(scenarios, h)} taxonomy={poison(taxonomy, h)} locale="zh" color width={90} height={20} />,
        );
        const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
        const frames: string[] = [];
        await tick();
        frames.push(app.lastFrame() ?? '');
        // Typed search text: C1 and bidi controls (Ink's own key parser takes C0 and ESC as keys).
        const typed = `x${h.replace(/[\u0000-\u001f\u007f]/g, '')}`;
        for (const key of ['\r', 'q', 's', '\r', 'q', 'q', '/', typed, '\r', '\t']) {
          app.stdin.write(key);
          await tick();
          frames.push(app.lastFrame() ?? '');
        }
        app.unmount();
        for (const frame of frames) expect(unsafePart(frame, { colour: true })).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });
});
