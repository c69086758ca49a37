/**
 * remark-docx plugin: images, resolved before by the images transform (`data.docxImage`), as
 * image runs that always carry alt text (wp:docPr descr), sized to the page
 * (`imageDisplaySize`). Figures (a paragraph with only an image) are centred and kept with
 * their caption.
 */
import { createHash } from 'node:crypto';
import { ImageRun, Paragraph } from 'docx';
import type { Image } from 'mdast';
import { imageDisplaySize, type PageGeometry } from '../../../render/page/geometry.js';
import { inLiveLoop, liveLoopCache } from '../../../util/live-loop.js';
import { STYLE } from '../styles.js';
import { imagesOf } from '../transforms/images.js';
import type { BuildContext, RemarkDocxPlugin } from './types.js';

/**
 * The live loop's figure runs. docx.js hashes every picture with a JavaScript SHA-1 when an
 * ImageRun is made (~90 ms for a report's pictures, every rebuild); a figure's run is only read
 * when the document is compiled (the one change it records is a hyperlink click, and a figure
 * paragraph is never inside a link), so the run of an unchanged figure is reused.
 */
const keptFigureRuns = liveLoopCache<ImageRun | null>(200);

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

  /** A figure's run, reused in the live loop while its picture, size and alt text are unchanged. */
  const figureRun = (node: Image, ctx: BuildContext) => {
    const img = ctx.images.get(node.url);
    if (!inLiveLoop() || !img || img.type === 'svg') return imageRun(node, ctx);
    const key = JSON.stringify([createHash('sha1').update(img.data instanceof ArrayBuffer ? new Uint8Array(img.data) : img.data).digest('hex'), img.type, img.width, img.height, node.url, node.title, node.data?.docxImage?.alt, node.data?.docxLandscape === true]);
    return keptFigureRuns(key, () => imageRun(node, ctx));
  };

  return {
    image: (node, ctx) => imageRun(node, ctx),
    docxFigure: (node, ctx) => {
      const run = figureRun(node.image, ctx);
      return run ? new Paragraph({ style: STYLE.figure, keepNext: node.keepNext, children: [run] }) : null;
    },
  };
};
