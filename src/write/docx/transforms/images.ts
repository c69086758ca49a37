/**
 * remark plugin: every image URL resolved through the caller's ImageResolver (`grafica:<id>`,
 * `flujograma:<id>`), once per URL, onto its nodes (`data.docxImage`, with the alt text the
 * DOCX will carry: the Markdown's, else the resolver's). A URL that resolves to nothing or to
 * something other than PNG, JPEG, GIF or BMP, and an image without alternative text, are
 * problems.
 */
import type { Image, Nodes, Root } from 'mdast';
import { walk } from '../../../util/tree-walk.js';
import type { VFile } from 'vfile';
import { DOCX_SOURCE } from '../errors.js';
import type { ResolvedImage } from '../mdast-nodes.js';

export type ImageResolver = (url: string) => Promise<{ data: Buffer; width: number; height: number; alt?: string } | undefined>;

/** Image type from its first bytes (docx.js needs it; SVG is not accepted: it needs a PNG twin). */
export function rasterType(data: Uint8Array): ResolvedImage['type'] | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'gif';
  if (data[0] === 0x42 && data[1] === 0x4d) return 'bmp';
  return undefined;
}

/** The images of a tree in document order, those of figures (`docxFigure.image`) included. */
export function imagesOf(tree: Root): Image[] {
  const nodes: Image[] = [];
  walk<Nodes>(tree, (node) => {
    if (node.type === 'image') nodes.push(node);
    if (node.type === 'docxFigure') nodes.push(node.image);
  });
  return nodes;
}

export function remarkDocxImages(options: { resolve: ImageResolver }) {
  return async (tree: Root, file: VFile): Promise<void> => {
    const nodes = imagesOf(tree);
    const resolved = new Map<string, Omit<ResolvedImage, 'alt'> & { alt?: string }>();
    // Every picture asked for at once (flowcharts and charts encode their PNGs off the main
    // thread, together); answers and failures are then taken in document order, so the first
    // failing picture is the one reported, whichever finished first.
    const urls = [...new Set(nodes.map((n) => n.url))];
    const answers = await Promise.allSettled(urls.map((url) => options.resolve(url)));
    for (const [i, url] of urls.entries()) {
      const answer = answers[i]!;
      if (answer.status === 'rejected') throw answer.reason;
      const found = answer.value;
      const first = nodes.find((n) => n.url === url)!;
      if (!found) {
        file.message(`no se encontró la imagen «${url}».`, { place: first.position, source: DOCX_SOURCE });
        continue;
      }
      const type = rasterType(found.data);
      if (!type) {
        file.message(`la imagen «${url}» no es PNG, JPEG, GIF ni BMP.`, { place: first.position, source: DOCX_SOURCE });
        continue;
      }
      resolved.set(url, { type, data: new Uint8Array(found.data).buffer, width: found.width, height: found.height, alt: found.alt?.trim() || undefined });
    }
    for (const node of nodes) {
      const image = resolved.get(node.url);
      if (!image) continue;
      const alt = node.alt?.trim() || image.alt;
      if (!alt) {
        file.message(`la imagen «${node.url}» no tiene texto alternativo: escríbalo en ![texto alternativo](${node.url}).`, { place: node.position, source: DOCX_SOURCE });
        continue;
      }
      node.data = { ...node.data, docxImage: { ...image, alt } };
    }
  };
}
