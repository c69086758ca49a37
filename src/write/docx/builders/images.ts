/**
 * remark-docx plugin: images, resolved before by the images transform (`data.docxImage`), as
 * image runs that always carry alt text (wp:docPr descr), sized to the page
 * (`imageDisplaySize`). Figures (a paragraph with only an image) are centred and kept with
 * their caption.
 */
import { ImageRun, Paragraph } from 'docx';
import type { Image } from 'mdast';
import { imageDisplaySize, type PageGeometry } from '../../../render/page/geometry.js';
import { STYLE } from '../styles.js';
import { imagesOf } from '../transforms/images.js';
import type { BuildContext, RemarkDocxPlugin } from './types.js';

export const imagesPlugin = (geometry: PageGeometry): RemarkDocxPlugin => async ({ root, images }) => {
  for (const node of imagesOf(root)) {
    const img = node.data?.docxImage;
    if (img && !images.has(node.url)) images.set(node.url, { type: img.type, data: img.data, width: img.width, height: img.height });
  }

  const imageRun = (node: Image, ctx: BuildContext) => {
    const img = ctx.images.get(node.url);
    const resolved = node.data?.docxImage;
    if (!img || img.type === 'svg' || !resolved) return null;
    const { width, height } = imageDisplaySize(img, geometry, node.data?.docxLandscape === true);
    return new ImageRun({
      type: img.type,
      data: img.data,
      transformation: { width, height },
      altText: { name: node.url, description: resolved.alt, title: node.title ?? resolved.alt },
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
