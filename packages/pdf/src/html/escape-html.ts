/** Escape text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Quote text as a CSS string literal (for `content:` in @page margin boxes). `<` and `>` are
 * escaped too, so the text can never close the surrounding `<style>` element.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3C ')
    .replace(/>/g, '\\3E ');
  return `"${body}"`;
}
