import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { Browser } from '../src/index.js';
import { cases, scenarios, taxonomy } from './fixtures/model.js';

describe('the brand in the title bar', () => {
  const title = (brand?: string) => {
    const app = render(
      <Browser
        cases={cases}
        scenarios={scenarios}
        taxonomy={taxonomy}
        locale="en"
        color={false}
        width={60}
        height={8}
        {...(brand !== undefined ? { brand } : {})}
      />,
    );
    const first = (app.lastFrame() ?? '').split('\n')[0] ?? '';
    app.unmount();
    return first;
  };

  it('shows the settings brand name instead of "cases"', () => {
    expect(title('Acme Rockets')).toMatch(/^ Acme Rockets │ /);
    expect(title()).toMatch(/^ cases │ /);
  });

  it('never lets a brand name write escape sequences to the terminal', () => {
    expect(title('Evil\u001b]0;pwned\u0007Co')).not.toMatch(/\u001b|\u0007/);
  });
});
