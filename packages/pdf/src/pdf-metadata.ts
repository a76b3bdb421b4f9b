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

/** Write title, author, subject, keywords and language into a PDF (the rest is kept as is). */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = meta.date ?? new Date(0);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords([...meta.keywords]);
  doc.setLanguage(meta.lang);
  doc.setCreator('@cases/pdf');
  doc.setProducer('@cases/pdf (Chromium, pdf-lib)');
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
