import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readSync, realpathSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

import { fail } from './context.js';

/**
 * The one place every writer of the CLI asks before it writes (docs/decisions/026-output-safety.md):
 * - no output inside the content folder, nor the content folder itself;
 * - no output over a file the tool did not write (a folder keeps a record of what it wrote;
 *   a single file must look like what the writer makes);
 * - a special target (a folder where a file is expected, a device, /proc) is refused at once;
 * - temporary files and folders are removed on success, failure and Ctrl-C.
 * Refusals are usage errors (exit 2).
 */

/** File in an output folder listing the files cases wrote there. */
export const OUTPUT_RECORD = '.cases-output.json';

/** The real path of `path`, resolved through its nearest existing ancestor (it may not exist yet). */
export function realTarget(path: string): string {
  const absolute = resolve(path);
  let head = absolute;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = dirname(head);
    if (parent === head) break;
    tail.unshift(basename(head));
    head = parent;
  }
  let real = head;
  try {
    real = realpathSync(head);
  } catch {
    // An unreadable ancestor: judge the path as given.
  }
  return join(real, ...tail);
}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
};

/** Folders of the system whose files are not files (writing there hangs or means something else). */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

function checkCommon(target: string, contentDir: string | undefined, what: string): string {
  const real = realTarget(target);
  if (contentDir !== undefined) {
    const content = realTarget(contentDir);
    if (isInside(real, content)) fail(`refusing to write ${what} ${target}: it is inside the content folder ${contentDir}; choose an output outside it`, 2);
  }
  const root = SPECIAL_ROOTS.find((r) => isInside(real, r));
  if (root) {
    fail(`refusing to write ${what} ${target}: it is under ${root}, a system folder of devices and kernel files; choose another output`, 2);
  }
  return real;
}

/**
 * Check a single output file before writing it. It may not exist yet; when it does, it must
 * be a regular file that `looksOurs` recognises as made by this writer.
 */
export function guardOutputFile(
  target: string,
  { contentDir, looksOurs, what = 'the output file' }: { contentDir?: string; looksOurs: (head: string) => boolean; what?: string },
): void {
  const real = checkCommon(target, contentDir, what);
  const info = statOrNull(real);
  if (!info) return;
  if (info.isDirectory()) fail(`refusing to write ${what} ${target}: it is a folder; give a file name, e.g. ${join(target, 'cases.json')}`, 2);
  if (!info.isFile()) fail(`refusing to write ${what} ${target}: it is not a regular file (a device, pipe or socket); choose a file`, 2);
  if (!looksOurs(readHead(real))) fail(`refusing to overwrite ${target}: cases did not write it; move it away or choose another file`, 2);
}

/** What a writer may do in an output folder, after {@link guardOutputFolder}. */
export interface OutputFolder {
  /** The folder as given. */
  readonly path: string;
  /**
   * Check that each of `names` (paths relative to the folder) is new or was written by cases
   * before; stop with a usage error naming the first that is not.
   */
  claim(names: Iterable<string>): Promise<void>;
  /** Add `names` to the folder's record of what cases wrote. */
  record(names: Iterable<string>): Promise<void>;
}

/**
 * Check an output folder before writing into it: not inside the content folder, not a file,
 * not a system folder. Files in it are overwritten only when cases wrote them (listed in its
 * {@link OUTPUT_RECORD}, or by `alsoOurs`, e.g. the PDF manifest).
 */
export function guardOutputFolder(
  target: string,
  { contentDir, alsoOurs = () => false, what = 'the output folder' }: { contentDir?: string; alsoOurs?: (name: string) => boolean; what?: string },
): OutputFolder {
  const real = checkCommon(target, contentDir, what);
  const info = statOrNull(real);
  if (info && !info.isDirectory()) fail(`refusing to use ${target} as ${what}: it is ${info.isFile() ? 'a file' : 'not a folder'}; choose a folder`, 2);
  const recordPath = join(real, OUTPUT_RECORD);
  const readRecord = async (): Promise<Set<string>> => {
    try {
      const list: unknown = JSON.parse(await readFile(recordPath, 'utf8'));
      return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    } catch {
      return new Set();
    }
  };
  return {
    path: target,
    async claim(names) {
      const known = await readRecord();
      for (const name of names) {
        const at = join(real, name);
        const found = statOrNull(at);
        if (!found || known.has(name) || alsoOurs(name)) continue;
        if (found.isDirectory()) {
          const inside = readdirSync(at);
          // A sub-folder is ours when cases wrote files in it (the kit's `cases/<locale>/<id>.json`).
          const ours = (path: string) => known.has(path) || alsoOurs(path) || [...known].some((k) => k.startsWith(`${path}/`));
          const foreign = inside.find((n) => !ours(`${name}/${n}`));
          if (foreign === undefined) continue;
          fail(`refusing to write into ${join(target, name)}: cases did not write ${join(target, name, foreign)}; move it away or choose another output`, 2);
        }
        fail(`refusing to overwrite ${join(target, name)}: cases did not write it; move it away or choose another output`, 2);
      }
    },
    async record(names) {
      const known = await readRecord();
      for (const name of names) known.add(name);
      await writeFile(recordPath, `${JSON.stringify([...known].sort(), null, 1)}\n`);
    },
  };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    try {
      return lstatSync(path);
    } catch {
      return null;
    }
  }
}

function readHead(path: string, bytes = 256): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file starts like the JSON export (`{"schemaVersion": …`). */
export const looksLikeExport = (head: string) => /^\s*\{\s*"schemaVersion"\s*:/.test(head);

/**
 * Temporary paths of this process, removed when it exits — after success, after a failure,
 * and on Ctrl-C or SIGTERM (which exit with 130 and 143).
 */
export class TemporaryPaths {
  private readonly paths = new Set<string>();
  private installed = false;
  private run: string | undefined;

  /** Remove `path` when the process exits (unless {@link release}d first). */
  add(path: string): void {
    this.paths.add(path);
    this.install();
  }

  /** Forget `path` (it was renamed into place or removed). */
  release(path: string): void {
    this.paths.delete(path);
  }

  /**
   * A private temporary folder for the whole run, set as TMPDIR so that everything the run
   * starts (Chromium's profile, caches of libraries) puts its temporary files in it.
   */
  runFolder(): string {
    if (this.run) return this.run;
    const dir = mkdtempSync(join(tmpdir(), 'cases-run-'));
    process.env.TMPDIR = dir;
    this.add(dir);
    this.run = dir;
    return dir;
  }

  /** Remove everything now (the exit handler calls this). */
  removeAll(): void {
    for (const path of this.paths) {
      try {
        rmSync(path, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // Best effort at exit: nothing is left to report it to.
      }
    }
    this.paths.clear();
  }

  private install(): void {
    if (this.installed) return;
    this.installed = true;
    process.once('exit', () => this.removeAll());
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      process.once(signal, () => {
        this.removeAll();
        process.exit(code);
      });
    }
  }
}
