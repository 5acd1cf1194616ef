// Headless Chromium for the visual test: pages and Mermaid's bundle served on 127.0.0.1 (no network), the page
// measured by a script we inject (its JSON read back with --dump-dom) and screenshotted with --screenshot.
// Each run gets a fresh --user-data-dir. No CDP client needed: both are one chromium command each.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  '--virtual-time-budget=15000',
];

/** Serves `pages` (name -> html) and node_modules/mermaid's bundle; returns its origin and a close(). */
export async function serve(pages) {
  const mermaid = readFileSync(path.resolve('node_modules/mermaid/dist/mermaid.min.js'));
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0].slice(1));
    if (name === 'mermaid.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(mermaid);
    }
    if (pages.has(name)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(pages.get(name));
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

function chromium(args) {
  const profile = mkdtempSync(path.join(tmpdir(), 'mlgate-chromium-'));
  return new Promise((resolve, reject) => {
    execFile(
      CHROMIUM,
      [...FLAGS, `--user-data-dir=${profile}`, ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        rmSync(profile, { recursive: true, force: true });
        if (err) reject(new Error(`chromium failed: ${err.message}\n${String(stderr).slice(-2000)}`));
        else resolve(String(stdout));
      },
    );
  });
}

/** The page's DOM after its scripts ran (Mermaid drew, the measuring script wrote its JSON). */
export async function dumpDom(url, width) {
  return chromium([`--window-size=${width},1200`, '--dump-dom', url]);
}

export async function screenshot(url, file, width, height) {
  await chromium([`--window-size=${width},${Math.ceil(height)}`, `--screenshot=${file}`, url]);
  if (!existsSync(file)) throw new Error(`chromium wrote no screenshot ${file}`);
}
