#!/usr/bin/env node
try {
  await import('../dist/main.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/main.js')) {
    process.stderr.write('cases: the CLI is not built yet; run `npm run build` in the repository first\n');
    process.exitCode = 1;
  } else throw err;
}
