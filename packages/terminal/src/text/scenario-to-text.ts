import type { Scenario } from '@cases/core/browser';

import { scenarioToLines, type ScenarioLayoutOptions } from './scenario-to-lines.js';
import { linesToString } from './styled-line.js';

/** Options of {@link scenarioToText}. */
export interface ScenarioToTextOptions extends ScenarioLayoutOptions {
  /** Style with ANSI colours and bold. @default false */
  color?: boolean;
}

/**
 * A scenario as wrapped text for a terminal or a pager: aspects, content and the cases that
 * prove it.
 */
export function scenarioToText(scenario: Scenario, options: ScenarioToTextOptions = {}): string {
  return linesToString(scenarioToLines(scenario, options), options.color ?? false) + '\n';
}
