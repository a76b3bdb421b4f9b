#!/usr/bin/env node
import module from 'node:module';

// Node 22+ can cache compiled code between runs (start-up is dominated by module loading);
// Node 20 has no such API and starts as before.
module.enableCompileCache?.();

try {
  await import('../dist/main.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/main.js')) {
    process.stderr.write('cases: the CLI is not built yet; run `npm run build` in the repository first\n');
    process.exitCode = 1;
  } else throw err;
}
