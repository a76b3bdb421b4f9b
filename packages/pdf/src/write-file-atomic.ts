import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TMP = /^\..+\.[0-9a-f]{12}\.partial$/;

/**
 * Write a file so that readers see either the old file or the complete new one: the bytes go
 * to a hidden temporary file in the same folder, which is then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Remove temporary files an interrupted run left in a folder. */
export async function removeStalePartials(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => TMP.test(n)).map((n) => rm(join(dir, n), { force: true }).catch(() => undefined)));
}
