import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A 2×1 PNG (red, blue): small, valid, and visibly not the page background. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64');

/** The seeds' root-relative logos (what the site serves under /images/case/). */
export const SEED_LOGOS = ['/images/case/logo-turing.png', '/images/case/section6-maxnerva.jpg', '/images/case/section6-vesoft-4.png'];

/** Copy the repository's content/ into `dir`, with the seeds' logos under assets/ (except `leaveOut`). */
export function contentWithAssets(dir: string, leaveOut: string[] = []): string {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  cpSync(join(root, 'content'), dir, { recursive: true });
  for (const logo of SEED_LOGOS) {
    if (leaveOut.includes(logo)) continue;
    const file = join(dir, 'assets', logo);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, TINY_PNG);
  }
  return dir;
}
