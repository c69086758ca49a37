/** remark-docx plugin: `@tbl:id` / `@fig:id` → REF field to the caption bookmark, cached "Tabla N". */
import { SimpleField } from 'docx';
import type { RemarkDocxPlugin } from './types.js';

export const crossReferencesPlugin = (): RemarkDocxPlugin => async () => ({
  docxCrossRef: (node) => new SimpleField(`REF ${node.bookmark} \\h`, node.value),
});
