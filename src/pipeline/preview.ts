/**
 * The preview of `npm run report <estado> -- --vigilar --vista`: a small HTTP server on
 * localhost showing the state's Markdown twins as HTML (marked), which reloads itself after
 * every rebuild.
 *
 *   GET /          the page: every twin of the last good build, one after another;
 *   GET /eventos   Server-Sent Events: `recarga` after each good rebuild, `fallo` (the Spanish
 *                  message) after a failed one — the page reloads on the first, shows a banner on the second;
 *                  `?version=<n>` (the page's own): what it missed while it was not connected
 *   GET /estado    JSON {version, ok, error}: the number of good builds and the last outcome.
 *
 *   GET /figura/<n>/<url>  a picture of the n-th twin (`grafica:…`, `flujograma:…`, `mapa:…`), read
 *                  back from the DOCX built beside it (preview-figures.ts): the bytes the official receives.
 *
 * A figure whose DOCX is not at hand is shown as a framed box with its alternative text.
 * Only 127.0.0.1 is served.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../util/errors.js';
import type { PreviewFigure } from './preview-figures.js';

export interface PreviewState {
  /** Twins of the last good build: repository-relative path and Markdown. */
  twins: { path: string; markdown: string; figures?: Map<string, PreviewFigure> }[];
  version: number;
  error?: string;
}

export interface Preview {
  url: string;
  /** A good rebuild: new twins, every open page reloads. */
  update(twins: PreviewState['twins']): void;
  /** A failed rebuild: the pages keep the last good text and show the message. */
  fail(message: string): void;
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface MarkedLike { parse(markdown: string, opts: { async: false }): string }
let marked: MarkedLike | undefined;

/** The twin being rendered (marked's renderer is shared and parsing is synchronous). */
let rendering: { index: number; version: number; figures?: Map<string, PreviewFigure> } | undefined;

/**
 * marked is loaded on first use, by a specifier the type checker does not follow: the report
 * command and the type check keep working in a checkout whose node_modules predates it.
 */
async function loadMarked(): Promise<MarkedLike> {
  if (marked) return marked;
  const spec = 'marked';
  let mod: { Marked: new (opts: object) => MarkedLike };
  try {
    mod = (await import(spec)) as typeof mod;
  } catch {
    throw new UserError('La vista previa necesita el paquete «marked»: ejecute «npm install» (o «npm ci») y vuelva a intentarlo.');
  }
  marked = new mod.Marked({
    gfm: true,
    renderer: {
      image({ href, text }: { href: string; text: string }) {
        if (rendering?.figures?.has(href)) {
          // The caption is the twin's next paragraph («Figura: …»); the long description stays the alt text.
          const src = `/figura/${rendering.index}/${encodeURIComponent(href)}?v=${rendering.version}`;
          return `<figure class="figura imagen"><img src="${escape(src)}" alt="${escape(text)}"></figure>`;
        }
        return `<figure class="figura"><div>${escape(href)}</div><figcaption>${escape(text)}</figcaption></figure>`;
      },
      html({ text }: { text: string }) {
        return text.trimStart().startsWith('<!--') ? '' : escape(text);
      },
    },
  });
  return marked;
}

export function renderPage(state: PreviewState, md: MarkedLike): string {
  const body = state.twins.length
    ? state.twins
        .map((t, index) => {
          rendering = { index, version: state.version, figures: t.figures };
          try {
            return `<section><p class="archivo">${escape(t.path)}</p>${md.parse(t.markdown, { async: false })}</section>`;
          } finally {
            rendering = undefined;
          }
        })
        .join('\n<hr>\n')
    : '<p>Aún no hay una versión correcta del informe.</p>';
  const banner = state.error ? `<div id="error" role="alert"><strong>No se regeneró:</strong><pre>${escape(state.error)}</pre>Se muestra la última versión correcta.</div>` : '<div id="error" hidden></div>';
  return `<!doctype html>
<html lang="es-MX"><head><meta charset="utf-8"><title>Vista previa</title>
<style>body{font-family:"Open Sans",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .4rem}
.figura{border:1px dashed #888;padding:.5rem;margin:1rem 0}.figura div{font-family:monospace;color:#555}
.figura.imagen{border:0;padding:0}.figura img{max-width:100%;height:auto}
.archivo{font-family:monospace;color:#666}#error{background:#fde8e8;border:1px solid #c00;padding:.5rem 1rem}</style></head>
<body data-version="${state.version}">${banner}
${body}
<script>
const fuente = new EventSource('/eventos?version=${state.version}');
fuente.addEventListener('recarga', () => location.reload());
fuente.addEventListener('fallo', (e) => { const box = document.getElementById('error'); box.hidden = false; box.textContent = 'No se regeneró: ' + JSON.parse(e.data) + ' — se muestra la última versión correcta.'; });
</script></body></html>
`;
}

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

export async function startPreview(port = 0): Promise<Preview> {
  const md = await loadMarked();
  const state: PreviewState = { twins: [], version: 0 };
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderPage(state, md));
    } else if (url.pathname.startsWith('/figura/')) {
      const [, , index, ref] = url.pathname.split('/');
      let key = '';
      try {
        key = decodeURIComponent(ref ?? '');
      } catch {
        // A malformed escape is simply not a figure.
      }
      const figure = state.twins[Number(index)]?.figures?.get(key);
      if (!figure) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('No encontrado');
        return;
      }
      res.writeHead(200, { 'content-type': figure.type, 'cache-control': 'no-store' });
      res.end(figure.data);
    } else if (url.pathname === '/estado') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ version: state.version, ok: state.error === undefined, error: state.error ?? null }));
    } else if (url.pathname === '/eventos') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 1000\n: versión ${state.version}\n\n`);
      // A page that (re)connects after an event was sent (it was reloading, or its connection
      // dropped) is told what it missed: a newer version to load, or the last rebuild's failure.
      const seen = url.searchParams.get('version');
      if (seen !== null && Number(seen) !== state.version) res.write(event('recarga', state.version));
      else if (seen !== null && state.error !== undefined) res.write(event('fallo', state.error));
      clients.add(res);
      req.on('close', () => clients.delete(res));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('No encontrado');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const send = (name: string, data: unknown) => {
    for (const c of clients) c.write(event(name, data));
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    update(twins) {
      state.twins = twins;
      state.version++;
      state.error = undefined;
      send('recarga', state.version);
    },
    fail(message) {
      state.error = message;
      send('fallo', message);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
