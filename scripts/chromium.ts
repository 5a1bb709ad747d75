/**
 * How Debian's Chromium is started on these machines, for the browser tests and the benchmarks:
 * headless, no sandbox (we run as root), and nothing that reaches for a network that is not there.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
