/**
 * The pictures of a built DOCX, keyed by the Markdown image URL they came from
 * (`grafica:<id>`, `flujograma:<perfil>-<parte>`, `mapa:estados`), for the preview.
 *
 * The DOCX writer names each picture after its URL (wp:docPr name) and embeds it through a
 * relationship (a:blip r:embed → word/_rels/document.xml.rels → word/media/…). Reading the
 * pictures back from the written DOCX shows in the preview exactly the bytes the official
 * receives, without each product having to hand its images to the live loop.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readZip } from '../util/zip-reader.js';
import type { PreviewState } from './preview.js';

export interface PreviewFigure {
  data: Buffer;
  /** MIME type from the media file's extension. */
  type: string;
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' };

const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

export async function figuresOfDocx(docx: Uint8Array): Promise<Map<string, PreviewFigure>> {
  const parts = new Map(readZip(docx).map((p) => [p.name, p]));
  const document = parts.get('word/document.xml')?.text();
  const rels = parts.get('word/_rels/document.xml.rels')?.text();
  const figures = new Map<string, PreviewFigure>();
  if (!document || !rels) return figures;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target && !/TargetMode="External"/.test(m[0])) targets.set(id, unescapeXml(target));
  }
  for (const drawing of document.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)) {
    const name = /<wp:docPr\b[^>]*\bname="([^"]*)"/.exec(drawing[0])?.[1];
    const embed = /<a:blip\b[^>]*\br:embed="([^"]+)"/.exec(drawing[0])?.[1];
    if (!name || !embed) continue;
    const url = unescapeXml(name);
    const target = targets.get(embed);
    if (figures.has(url) || !target) continue;
    const file = parts.get(target.startsWith('/') ? target.slice(1) : `word/${target}`);
    if (!file) continue;
    const ext = /\.([a-z0-9]+)$/i.exec(target)?.[1]?.toLowerCase() ?? '';
    figures.set(url, { data: Buffer.from(file.bytes()), type: MIME[ext] ?? 'application/octet-stream' });
  }
  return figures;
}

/**
 * The preview's view of a build: each written twin (`.md`, repository-relative) with its
 * Markdown and the pictures of the DOCX of the same name beside it, when there is one.
 */
export async function previewTwins(root: string, written: string[]): Promise<PreviewState['twins']> {
  const twins: PreviewState['twins'] = [];
  for (const file of written.filter((f) => f.endsWith('.md'))) {
    const markdown = readFileSync(path.join(root, file), 'utf8');
    const docx = path.join(root, file.replace(/\.md$/, '.docx'));
    twins.push({ path: file, markdown, figures: existsSync(docx) ? await figuresOfDocx(readFileSync(docx)) : undefined });
  }
  return twins;
}
