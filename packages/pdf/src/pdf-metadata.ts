import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** Document metadata written into a PDF's Info dictionary and catalog. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: readonly string[];
  /** BCP 47 language, e.g. `zh-CN`. */
  lang: string;
  /** Creation and modification date. @default the Unix epoch, so equal input gives equal bytes */
  date?: Date;
}

/**
 * Write title, author, subject, keywords and dates into a PDF. Chromium's output (a classic
 * cross-reference table) gets an incremental update that appends a new Info dictionary, which
 * costs nothing next to rendering; any other PDF is rewritten with pdf-lib. The language comes
 * from the HTML's `lang` (Chromium writes it to the catalog); pdf-lib sets it when it rewrites.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Buffer> {
  return appendInfo(pdf, meta) ?? rewriteWithPdfLib(pdf, meta);
}

/** A PDF text string: hex UTF-16BE with a byte-order mark, safe for any text. */
function pdfText(text: string): string {
  const buf = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${buf.toString('hex').toUpperCase()}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

function appendInfo(pdf: Uint8Array, meta: PdfMetadata): Buffer | undefined {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!trailer?.[1] || !trailer[2]) return undefined;
  const size = /\/Size\s+(\d+)/.exec(trailer[1])?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1])?.[1];
  if (!size || !root) return undefined;
  const date = pdfDate(meta.date ?? new Date(0));
  const fields = [
    `/Title ${pdfText(meta.title)}`,
    meta.author ? `/Author ${pdfText(meta.author)}` : '',
    meta.subject ? `/Subject ${pdfText(meta.subject)}` : '',
    meta.keywords?.length ? `/Keywords ${pdfText(meta.keywords.join(' '))}` : '',
    `/Creator ${pdfText('@cases/pdf')}`,
    `/Producer ${pdfText('@cases/pdf (Chromium)')}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ].filter(Boolean);
  const id = Number(size);
  const start = bytes.length + 1;
  const obj = `\n${id} 0 obj\n<<${fields.join('\n')}>>\nendobj\n`;
  const xrefAt = start - 1 + Buffer.byteLength(obj, 'latin1');
  const update =
    obj +
    `xref\n${id} 1\n${String(start).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${id + 1}\n/Root ${root}\n/Info ${id} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([stableDates(bytes, meta.date ?? new Date(0)), Buffer.from(update, 'latin1')]);
}

/**
 * Chromium's own Info dictionary (superseded by ours, but still in the file) holds the time of
 * printing. It is overwritten in place with the document's date, same length, so no offset
 * moves and equal input gives equal bytes — on any machine, in any time zone, on any day.
 */
function stableDates(bytes: Buffer, date: Date): Buffer {
  const head = bytes.subarray(0, Math.min(bytes.length, 4096)).toString('latin1');
  const end = head.indexOf('endobj');
  if (end < 0) return bytes;
  const stamp = Buffer.from(`${pdfDate(date).slice(0, -2)}+00'00')`, 'latin1');
  let out: Buffer | undefined;
  for (const m of head.slice(0, end).matchAll(/\(D:\d{14}[+-]\d\d'\d\d'\)/g)) {
    out ??= Buffer.from(bytes);
    stamp.copy(out, m.index);
  }
  return out ?? bytes;
}

async function rewriteWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = meta.date ?? new Date(0);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords([...meta.keywords]);
  doc.setLanguage(meta.lang);
  doc.setCreator('@cases/pdf');
  doc.setProducer('@cases/pdf (Chromium)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
}

/** One bookmark of a PDF outline. */
export interface OutlineEntry {
  title: string;
  /** 1-based page number the bookmark points at. */
  page: number;
  /** 0 for top-level bookmarks. */
  depth: number;
}

/** Read a PDF's bookmarks (outline) in order with the pages they point at. */
export async function readPdfOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: OutlineEntry[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = item.lookup(PDFName.of('Title'));
      const title = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
      let dest = item.lookup(PDFName.of('Dest'));
      if (!dest) {
        const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
        dest = action?.lookup(PDFName.of('D'));
      }
      let page = 0;
      if (dest instanceof PDFArray) {
        const ref = dest.get(0);
        if (ref instanceof PDFRef) page = pageIndex.get(ref.toString()) ?? 0;
      }
      out.push({ title, page, depth });
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}
