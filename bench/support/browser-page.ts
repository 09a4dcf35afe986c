import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

type Route = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

/**
 * A real Chromium with an on-disk profile (IndexedDB in memory would flatter every figure) on a
 * loopback server that serves one page running `script`, plus any extra routes; `chromiumArgs`
 * only for a figure that says it changed the browser.
 */
export async function benchPage(
  script: string,
  routes: Record<string, Route> = {},
  chromiumArgs: readonly string[] = [],
): Promise<{ page: Page; context: BrowserContext; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const route = routes[path];
      if (route) return route(req, res, Buffer.concat(chunks));
      if (path === '/bench.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end(script);
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><script type="module" src="/bench.js"></script></body></html>',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'manyi-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      ...chromiumArgs,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  return {
    page,
    context,
    url,
    async close() {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
