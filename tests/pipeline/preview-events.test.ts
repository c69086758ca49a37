/**
 * The preview's event stream (src/pipeline/preview.ts) tells a page that connects late what it
 * missed: a page reloading while a rebuild finished, or while one failed, would otherwise keep
 * showing an old version, or no error, until the next save.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/pipeline/preview.js';

let preview: Preview | undefined;
afterAll(async () => preview?.close());

/** The first chunks an EventSource would receive from /eventos?…, until `until` matches or 1 s passes. */
async function firstEvents(query: string, until: RegExp): Promise<string> {
  const controller = new AbortController();
  const res = await fetch(`${preview!.url}eventos${query}`, { signal: controller.signal });
  const reader = res.body!.getReader();
  let text = '';
  const end = Date.now() + 1000;
  while (!until.test(text) && Date.now() < end) {
    const next = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
    if (next?.value) text += new TextDecoder().decode(next.value);
  }
  controller.abort();
  return text;
}

describe('the preview event stream', () => {
  it('sends a late page the newer version, then the last failure, and nothing to a page that is up to date', async () => {
    preview = await startPreview(0);
    preview.update([]);
    preview.update([]);
    expect(await firstEvents('?version=1', /event: recarga/)).toContain('event: recarga\ndata: 2\n');
    const current = await firstEvents('?version=2', /event:/);
    expect(current).toContain(': versión 2');
    expect(current).not.toContain('event:');
    preview.fail('data/tabasco/segmentos.csv, línea 3: comillas sin cerrar');
    expect(await firstEvents('?version=2', /event: fallo/)).toContain('event: fallo\ndata: "data/tabasco/segmentos.csv, línea 3: comillas sin cerrar"\n');
    // The page's own script asks with its version.
    expect(await (await fetch(preview.url)).text()).toContain("new EventSource('/eventos?version=2')");
  });
});
