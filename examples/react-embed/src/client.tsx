import { hydrateRoot } from 'react-dom/client';
import { define } from '@cases/web';

import { App } from './App.js';
import type { AppProps } from './App.js';

// Elements first: React 19 then sees `data` as a property of <cases-list> and sets it as one.
define();
const props = JSON.parse(document.getElementById('props')!.textContent!) as AppProps;
hydrateRoot(document.getElementById('root')!, <App {...props} />, {
  onRecoverableError: (error) => console.error('hydration:', error),
});
