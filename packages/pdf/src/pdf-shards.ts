import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { CasesError } from '@cases/core';

import { readPdfManifest, verifyOutput, writePdfManifest } from './pdf-manifest.js';
import type { ManifestEntry } from './pdf-manifest.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** One slice of a sharded run: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parse `I/N` (`--shard 2/4`): whole numbers with 1 ≤ I ≤ N ≤ 1000.
 * @throws CasesError `bad-shard` saying what is expected
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > 1000) {
    throw new CasesError('bad-shard', `--shard ${text}: expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. --shard 1/4.`);
  }
  return { index, count };
}

/**
 * The shard (1-based) of an output out of `count`: its key (`<locale>/<id>` of a case,
 * `brochure/<locale>` of a brochure) hashed with SHA-256, the first 32 bits modulo `count`.
 * An output's shard depends on its own key only, so adding or removing other cases never moves
 * it, and every machine computes the same slice with no list to share.
 */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

/** What {@link mergePdfShards} did. */
export interface MergeShardsResult {
  /** Paths written into the output folder. */
  copied: string[];
  /** Paths already in the output folder with the same bytes. */
  unchanged: string[];
}

/**
 * Merge the output folders of the N shards of one run (`cases pdf --shard I/N --out DIR_I`)
 * into one folder, as one unsharded run would have written it: every sheet, the brochure, and
 * one manifest. Each shard's manifest must record its slice, the N slices must be 1…N once
 * each, and every output a shard was asked for must be there with its recorded size and
 * digest — otherwise nothing is merged and the error names the shard to run again.
 * @throws CasesError `shard-merge` on a missing, repeated, incomplete or damaged shard
 */
export async function mergePdfShards(dirs: readonly string[], outDir: string, rendererVersion: string): Promise<MergeShardsResult> {
  if (dirs.length === 0)
    throw new CasesError('shard-merge', 'Merge needs the output folders of the shards, e.g. `cases pdf --merge out/1 out/2 --out out/pdf`.');
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  const target = await real(outDir);
  const shards = await Promise.all(
    dirs.map(async (dir) => {
      if ((await real(dir)) === target) throw new CasesError('shard-merge', `${dir} is the output folder; merge the shards into another folder (--out).`);
      const manifest = await readPdfManifest(dir, rendererVersion);
      const shard = manifest.run?.shard;
      if (!manifest.run || !shard) {
        throw new CasesError(
          'shard-merge',
          `${dir} holds no shard of a \`cases pdf --shard I/N\` run by this version (no manifest, a whole run, or another renderer version).`,
        );
      }
      return { dir, manifest, run: manifest.run, index: shard[0], count: shard[1] };
    }),
  );
  const count = shards[0]!.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (s.count !== count)
      throw new CasesError('shard-merge', `${s.dir} is shard ${s.index}/${s.count}, but ${shards[0]!.dir} is of ${count} shards; merge the shards of one run.`);
    const other = seen.get(s.index);
    if (other) throw new CasesError('shard-merge', `${other} and ${s.dir} are both shard ${s.index}/${count}.`);
    seen.set(s.index, s.dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new CasesError(
      'shard-merge',
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing; pass the output folder of every shard.`,
    );

  const plan = new Map<string, { dir: string; entry: ManifestEntry }>();
  for (const s of shards) {
    for (const name of s.run.outputs) {
      const entry = s.manifest.files[name];
      if (!entry || !(await verifyOutput(join(s.dir, name), entry))) {
        throw new CasesError('shard-merge', `${join(s.dir, name)} is missing or not the file shard ${s.index}/${count} wrote; run that shard again.`);
      }
      const prior = plan.get(name);
      if (prior && prior.entry.sha256 !== entry.sha256)
        throw new CasesError('shard-merge', `${name} differs between ${prior.dir} and ${s.dir}; merge the shards of one run.`);
      plan.set(name, { dir: s.dir, entry });
    }
  }

  await mkdir(outDir, { recursive: true });
  const merged = await readPdfManifest(outDir, rendererVersion);
  const result: MergeShardsResult = { copied: [], unchanged: [] };
  for (const [name, { dir, entry }] of [...plan].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = join(outDir, name);
    if (await verifyOutput(path, entry)) result.unchanged.push(path);
    else {
      const bytes = await readFile(join(dir, name));
      if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256)
        throw new CasesError('shard-merge', `${join(dir, name)} changed while merging; run the merge again.`);
      await writeFileAtomic(path, bytes);
      result.copied.push(path);
    }
    merged.files[name] = entry;
  }
  merged.run = { shard: null, outputs: [...plan.keys()].sort() };
  await writePdfManifest(outDir, merged);
  return result;
}
