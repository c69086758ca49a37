/** remark-docx plugin: section breaks (landscape blocks, front matter) and `<!-- salto-pagina -->`. */
import { PageBreak, Paragraph } from 'docx';
import type { RemarkDocxPlugin } from './types.js';

export const directivesPlugin = (): RemarkDocxPlugin => async () => ({
  // remark-docx starts a new section when a top-level builder returns [].
  docxSectionBreak: () => [],
  docxPageBreak: () => new Paragraph({ children: [new PageBreak()] }),
});
