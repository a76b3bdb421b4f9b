// What the CLI's bundle gives Ink (and the packages Ink measures text with) for `string-width`
// (see tsup.config.ts): the same widths, without string-width's emoji expression for the
// characters whose width is certain. Its first use would cost the first frame more than the
// rest of it.
export { stringWidthCompatible as default } from '@cases/terminal/text';
