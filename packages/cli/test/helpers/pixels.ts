import { execFileSync } from 'node:child_process';

/** RGB pixels of a raster image. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Page `page` of a PDF rendered by poppler (pdftoppm) at `dpi`, as RGB pixels. */
export function pdfPagePixels(pdf: string, page: number, dpi = 40): Pixels {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf]);
  // P6 header: "P6\n<w> <h>\n255\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a P6 image');
  return { width: Number(header[1]), height: Number(header[2]), data: new Uint8Array(ppm.subarray(header[0].length)) };
}

/** Share (0–1) of pixels within `tolerance` of the colour `#rrggbb`, over RGB or RGBA data. */
export function colourShare(data: Uint8Array | Uint8ClampedArray, hex: string, channels = 3, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let hits = 0;
  const count = data.length / channels;
  for (let i = 0; i < data.length; i += channels) {
    if (Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance) hits++;
  }
  return hits / count;
}
