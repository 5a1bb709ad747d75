import { chromium } from 'playwright-core';
const [,, url, out, width = '1200', scheme = 'light', full = 'full'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const page = await context.newPage();
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
