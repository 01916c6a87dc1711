// The browser harness itself: Chromium starts and loads a page from the repo server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, serveRepo } from './lib/chromium.mjs';

test('chromium loads the repo server', async () => {
  const server = await serveRepo();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const response = await page.goto(`${server.url}/docs/CONTRACT.md`);
    assert.equal(response.status(), 200);
    assert.match(await page.textContent('body'), /keyfigures data contract/);
  } finally {
    await browser.close();
    await server.close();
  }
});
