/**
 * @cases/pdf: printable PDF case sheets and a brochure from @cases/core's model.
 * model → HTML ({@link caseToHtml}, {@link brochureToHtml}) → PDF ({@link createPdfRenderer})
 * → files ({@link renderPdfs}).
 * @module
 */
export { caseToHtml, caseDocumentTitle } from './case-to-html.js';
export type { CaseHtmlOptions } from './case-to-html.js';
export { brochureToHtml, brochureTitle } from './brochure-to-html.js';
export type { BrochureHtmlOptions, BrochureInput } from './brochure-to-html.js';
export { createPdfRenderer, CHROMIUM_ARGS, PAGE_ORIGIN, ASSET_PATH } from './create-pdf-renderer.js';
export type { Asset, PdfRenderer, PdfRendererOptions, RenderJob } from './create-pdf-renderer.js';
export { findChromium, SYSTEM_BROWSERS } from './find-chromium.js';
export { loadImages } from './load-images.js';
export { sniffImageType } from './sniff-image-type.js';
export { createRemoteImageFetcher, defaultCacheDir } from './fetch-remote-image.js';
export type { RemoteImage, RemoteImageFetcher, RemoteImageOptions } from './fetch-remote-image.js';
export type { ImageWarning, LoadImagesOptions, LoadedImages } from './load-images.js';
export { setPdfMetadata, readPdfOutline } from './pdf-metadata.js';
export type { OutlineEntry, PdfMetadata } from './pdf-metadata.js';
export { renderPdfs, defaultConcurrency, RENDERER_VERSION } from './render-pdfs.js';
export { sheetFileName, createSheetNamer, brochureFileName, BROCHURE_FILE } from './sheet-file-names.js';
export { parseShard, shardOf, mergePdfShards } from './pdf-shards.js';
export type { Shard, MergeShardsResult } from './pdf-shards.js';
export { MANIFEST_NAME, MANIFEST_FORMAT, readPdfManifest, verifyOutput } from './pdf-manifest.js';
export type { ManifestEntry, ManifestRun, PdfManifest } from './pdf-manifest.js';
export type { PdfCollection, PdfEvent, RenderPdfsOptions, RenderPdfsResult } from './render-pdfs.js';
export { createProgressReporter } from './create-progress-reporter.js';
export type { ProgressReporter } from './create-progress-reporter.js';
export { writeFileAtomic } from './write-file-atomic.js';
export { fontFaceCss, FONT_FILES, FONT_PATH, readFont } from './fonts.js';
export type { Paper } from './styles.js';
