import { readdirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { Diagnostic } from '../model/model.js';

/** The files found under a content folder, and what could not be followed. */
export interface WalkResult {
  /** Paths relative to the folder, "/"-separated, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * List every file under a content folder (`dir` is the folder as given and `prefix` how its
 * paths are shown, ending in "/"). Hidden entries and `node_modules` are not content and are
 * passed over. Symbolic links are followed when they stay inside the folder; a link that
 * leads outside it, back into a folder being read (a loop) or nowhere gets a diagnostic, so
 * nothing is left out silently. Walks with an explicit stack: deep folders never grow the
 * call stack. The file system is asked synchronously: each asynchronous call is a round trip
 * through libuv's thread pool, and on a busy machine those waits, not the calls, decide how
 * soon `cases browse` shows its first frame.
 */
export async function walkContent(dir: string, prefix: string): Promise<WalkResult> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (code: 'link-outside' | 'link-loop' | 'unreadable', rel: string, message: string, hint: string) =>
    diagnostics.push({ severity: 'warning', code, message, file: prefix + rel, line: 1, column: 1, hint });

  const rootReal = realpathSync(dir);
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
  // Folders to read: where they really are, how they are reached from the root, and the real
  // folders on the way to them (a link to one of those is a loop).
  const stack: { real: string; rel: string; ancestors: ReadonlySet<string> }[] = [{ real: rootReal, rel: '', ancestors: new Set([rootReal]) }];
  while (stack.length) {
    const { real, rel, ancestors } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (err) {
      diagnostics.push({
        severity: 'error',
        code: 'unreadable',
        message: `cannot read folder: ${(err as Error).message}`,
        file: prefix + (rel || '.'),
        line: 1,
        column: 1,
        hint: 'Check the folder permissions.',
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = rel + name;
      const full = real + sep + name;
      if (entry.isDirectory()) {
        stack.push({ real: full, rel: `${path}/`, ancestors: new Set(ancestors).add(full) });
      } else if (entry.isFile()) {
        files.push(path);
      } else if (entry.isSymbolicLink()) {
        let target: string;
        let isDir: boolean;
        try {
          target = realpathSync(full);
          isDir = statSync(target).isDirectory();
        } catch (err) {
          const loop = (err as NodeJS.ErrnoException).code === 'ELOOP';
          report(
            'link-loop',
            path,
            loop ? 'symbolic link loops back on itself; not followed' : 'symbolic link points to nothing; not followed',
            loop ? 'Remove the link.' : 'Fix or remove the link.',
          );
          continue;
        }
        if (!inside(target)) {
          report(
            'link-outside',
            path,
            `symbolic link points outside the content folder (${target}); not followed`,
            'Copy the file into the content folder, or link to a file inside it.',
          );
        } else if (!isDir) {
          files.push(path);
        } else if (ancestors.has(target)) {
          report('link-loop', path, 'symbolic link points to a folder that contains it (a loop); not followed', 'Remove the link.');
        } else {
          stack.push({ real: target, rel: `${path}/`, ancestors: new Set(ancestors).add(target) });
        }
      }
    }
  }
  files.sort();
  return { files, diagnostics };
}
