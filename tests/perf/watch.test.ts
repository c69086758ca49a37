/**
 * `npm run report <estado> -- --vigilar --vista` as an analyst uses it: started once, it
 * rebuilds after each save of a CSV; a broken CSV prints a Spanish error, keeps the last good
 * outputs and the loop alive; the process ends cleanly when stopped. The preview is checked over
 * HTTP (its page, its pictures, its reload signal, its status) and, where Chromium is installed
 * (CI installs Debian's), in a real headless browser: the open page shows the new text after the
 * CSV edit and the error banner after a broken save, by itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Browser, findChromium } from '../support/chromium.js';
import { outputsOf, spawnReport, trimmedProject } from './helpers.js';

const STATE = 'tabasco';
const root = trimmedProject([STATE]);
const cache = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-perf-cache-'));
const child = spawnReport(root, cache, [STATE, '--vigilar', '--vista', '--puerto', '0']);
let out = '';
let err = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (err += d));
const chromium = findChromium();
if (!chromium) console.warn('watch.test: Chromium no está instalado; se omite la prueba de la vista previa en un navegador real.');
let browser: Browser | undefined;
let tab: Awaited<ReturnType<Browser['open']>> | undefined;
afterAll(async () => {
  await browser?.close();
  if (child.exitCode === null) child.kill('SIGKILL');
  for (const d of [root, cache]) rmSync(d, { recursive: true, force: true });
});

/** Waits until the browser's page text contains `text`. */
async function untilPage(text: string, ms = 120_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const body = await tab!.evaluate<string>('document.body ? document.body.innerText : ""').catch(() => '');
    if (body.includes(text)) return body;
    if (Date.now() > end) throw new Error(`la página del navegador no muestra «${text}»:\n${body.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until `text()` matches `re` `times` times. */
async function until(text: () => string, re: RegExp, times = 1, ms = 600_000): Promise<void> {
  const end = Date.now() + ms;
  const count = () => [...text().matchAll(new RegExp(re.source, 'g'))].length;
  while (count() < times) {
    if (child.exitCode !== null) throw new Error(`terminó (código ${child.exitCode}):\n${out}\n${err}`);
    if (Date.now() > end) throw new Error(`sin «${re.source}» ×${times}:\n${out}\n${err}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const csv = path.join(root, 'data', STATE, 'segmentos.csv');
const url = () => /Vista previa: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1] ?? '';
const page = async () => (await fetch(url())).text();
let events = '';
/** Listens to the preview's reload signal as the page's EventSource does. */
async function listen(): Promise<void> {
  const res = await fetch(`${url()}eventos`);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      events += new TextDecoder().decode(value);
    }
  })();
}
const twin = path.join(root, 'reports', STATE, `informe-entrevista-${STATE}.md`);

describe('report --vigilar', () => {
  it('builds, then rebuilds the twin after a CSV cell is saved', async () => {
    await until(() => out, /✔ tabasco listo/);
    expect(out).toContain('Vigilando data/tabasco/');
    expect(readFileSync(twin, 'utf8')).toContain('solo la conoce el personal de la fiscalía');
    expect(readFileSync(twin, 'utf8')).not.toContain('solo la conoce el personal ministerial');
    expect(url()).not.toBe('');
    const first = await page();
    expect(first).toContain('<html lang="es-MX">');
    expect(first).toContain('solo la conoce el personal de la fiscalía');
    expect(first).toContain("new EventSource('/eventos?version=1')");
    // The rapid analysis's charts and map, read back from its DOCX: real PNGs, not placeholders.
    const pictures = [...first.matchAll(/<img src="(\/figura\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    expect(pictures.some((p) => p.includes(encodeURIComponent('grafica:organizaciones-por-servicio')))).toBe(true);
    const png = await fetch(new URL(pictures[0]!, url()));
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    expect((await fetch(`${url()}figura/0/no-existe`)).status).toBe(404);
    if (chromium) {
      browser = await Browser.launch(chromium);
      tab = await browser.open(url());
      await untilPage('solo la conoce el personal de la fiscalía');
      const shown = await tab.evaluate<number>('Promise.all([...document.images].map((i) => i.decode().then(() => i.naturalWidth > 0, () => false))).then((ok) => ok.filter(Boolean).length)');
      expect(shown).toBe(pictures.length);
    }
    await listen();
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('solo la conoce el personal de la fiscalía', 'solo la conoce el personal ministerial'));
    await until(() => out, /✔ tabasco listo/, 2);
    expect(out).toContain(`Cambio en data/${STATE}/segmentos.csv`);
    const text = readFileSync(twin, 'utf8');
    expect(text).toContain('solo la conoce el personal ministerial');
    expect(text).not.toContain('solo la conoce el personal de la fiscalía');
    await until(() => events, /event: recarga\ndata: 2/);
    const second = await page();
    expect(second).toContain('solo la conoce el personal ministerial');
    expect(second).not.toContain('solo la conoce el personal de la fiscalía');
    if (tab) {
      // The page open in the browser reloaded itself (no one pressed F5).
      const body = await untilPage('solo la conoce el personal ministerial');
      expect(body).not.toContain('solo la conoce el personal de la fiscalía');
    }
  }, 900_000);

  it('keeps the last good outputs and keeps watching when a CSV breaks', async () => {
    const before = outputsOf(root);
    const good = readFileSync(csv, 'utf8');
    writeFileSync(csv, good.replace('\nTAB-S002,', '\n"TAB-S002,'));
    await until(() => err, /no se regeneró/);
    expect(err).toMatch(/Error: .*|segmentos\.csv/);
    expect(err).toContain('segmentos.csv');
    expect(err).toContain('Se conservan los últimos resultados correctos');
    expect(err).not.toMatch(/\bat .+\.ts:\d+/);
    const after = outputsOf(root);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);
    expect(child.exitCode).toBe(null);
    await until(() => events, /event: fallo\ndata: ".*segmentos\.csv/);
    const status = (await (await fetch(`${url()}estado`)).json()) as { version: number; ok: boolean; error: string };
    expect(status).toMatchObject({ version: 2, ok: false });
    expect(status.error).toContain('segmentos.csv');
    const kept = await page();
    expect(kept).toContain('solo la conoce el personal ministerial');
    expect(kept).toContain('No se regeneró');
    if (tab) {
      // The open page keeps the last good text and shows the banner with the file to fix.
      const body = await untilPage('No se regeneró');
      expect(body).toContain('segmentos.csv');
      expect(body).toContain('solo la conoce el personal ministerial');
    }

    // Fixed again: the loop is still alive and rebuilds.
    writeFileSync(csv, good);
    await until(() => out, /✔ tabasco listo/, 3);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(code).toBe(0);
    expect(out).toContain('Vigilancia terminada');
  }, 900_000);
});
