/**
 * `@cases/web`: embeddable web components for customer cases and scenarios, rendered from the
 * `@cases/core` export JSON. Importable in Node (render to static HTML) and in browsers
 * (`define()` registers the elements); the ready-made bundles are `dist/cases-web.js` (ES module)
 * and `dist/cases-web.iife.js` (classic script).
 * @module
 */
export { define, OBSERVED_ATTRIBUTES } from './define.js';
export { renderToString, jsonForScript } from './render-to-string.js';
export type { RenderToStringOptions } from './render-to-string.js';
export { checkExport, parseExport, ExportDataError } from './validate-export.js';
export type { OnDropped } from './validate-export.js';
export { safeImageUrl, safeLinkUrl } from './safe-url.js';
export { STYLES } from './styles.js';
export { VIEWS } from './views.js';
export type { ElementName } from './views.js';
export { uiLabels } from './ui-labels.js';
export type { UiLabels } from './ui-labels.js';
export type { ListState, ViewContext } from './view-context.js';
export { createEmbedKit, BUNDLE_FILES, DEMO_CSP } from './create-embed-kit.js';
export { toExportIndex } from './export-index.js';
