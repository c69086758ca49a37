/**
 * remark-docx plugin: images. Resolves every image URL through the caller's ImageResolver
 * (`grafica:<id>`, `flujograma:<id>`), and builds image runs that always carry alt text
 * (wp:docPr descr) — from the Markdown alt, else the resolver's. Figures (a paragraph with
 * only an image) are centred and kept with their caption.
 */
import { ImageRun, Paragraph } from 'docx';
import type { Image } from 'mdast';
import type { ProblemList } from '../errors.js';
import { walk } from '../mdast-util.js';
import { imageDisplaySize, type PageGeometry } from '../../../render/page/geometry.js';
import { STYLE } from '../styles.js';
import type { BuildContext, RemarkDocxPlugin } from './types.js';

export type ImageResolver = (url: string) => Promise<{ data: Buffer; width: number; height: number; alt?: string } | undefined>;

type RasterType = 'png' | 'jpg' | 'gif' | 'bmp';

/** Image type from its first bytes (docx.js needs it; SVG is not accepted: it needs a PNG twin). */
export function rasterType(data: Uint8Array): RasterType | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'gif';
  if (data[0] === 0x42 && data[1] === 0x4d) return 'bmp';
  return undefined;
}

export const imagesPlugin = (resolve: ImageResolver, geometry: PageGeometry, problems: ProblemList): RemarkDocxPlugin => async ({ root, images }) => {
  const nodes: Image[] = [];
  walk(root, (node) => {
    if (node.type === 'image') nodes.push(node);
    if (node.type === 'docxFigure') nodes.push(node.image);
  });
  const alts = new Map<string, string | undefined>();
  for (const url of new Set(nodes.map((n) => n.url))) {
    const found = await resolve(url);
    const first = nodes.find((n) => n.url === url);
    if (!found) {
      problems.add(first, `no se encontró la imagen «${url}».`);
      continue;
    }
    const type = rasterType(found.data);
    if (!type) {
      problems.add(first, `la imagen «${url}» no es PNG, JPEG, GIF ni BMP.`);
      continue;
    }
    images.set(url, { type, data: new Uint8Array(found.data).buffer, width: found.width, height: found.height });
    alts.set(url, found.alt?.trim() || undefined);
  }
  for (const node of nodes) {
    if (images.has(node.url) && !(node.alt?.trim() || alts.get(node.url)))
      problems.add(node, `la imagen «${node.url}» no tiene texto alternativo: escríbalo en ![texto alternativo](${node.url}).`);
  }
  problems.throwIfAny();

  const imageRun = (node: Image, ctx: BuildContext) => {
    const img = ctx.images.get(node.url);
    if (!img || img.type === 'svg') return null;
    const { width, height } = imageDisplaySize(img, geometry, node.data?.docxLandscape === true);
    const description = node.alt?.trim() || alts.get(node.url)!;
    return new ImageRun({
      type: img.type,
      data: img.data,
      transformation: { width, height },
      altText: { name: node.url, description, title: node.title ?? description },
    });
  };

  return {
    image: (node, ctx) => imageRun(node, ctx),
    docxFigure: (node, ctx) => {
      const run = imageRun(node.image, ctx);
      return run ? new Paragraph({ style: STYLE.figure, keepNext: node.keepNext, children: [run] }) : null;
    },
  };
};
