/** Puppeteer must never try to download a browser here: we use the system Chromium. */
module.exports = { skipDownload: true };
