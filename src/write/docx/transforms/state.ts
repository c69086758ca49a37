/** What the Markdown transforms learn about the document and hand to the builders. */
import { ProblemList } from '../errors.js';
import type { CaptionLabel, IndexEntry, SectionKind } from '../mdast-nodes.js';

export interface CaptionTarget {
  label: CaptionLabel;
  number: number;
  bookmark: string;
}

export interface BuildState {
  problems: ProblemList;
  /** Numbered/unnumbered headings in order (levels 1–3): pre-filled "Índice". */
  headings: IndexEntry[];
  figures: IndexEntry[];
  tables: IndexEntry[];
  /** `tbl:id` / `fig:id` → caption. */
  targets: Map<string, CaptionTarget>;
  /** Kind of every section of the DOCX, in order (filled by the front-matter transform). */
  sections: SectionKind[];
  /** Heading levels listed in the "Índice" (TOC \\o "1-N"). */
  tocLevels: number;
}

export function newBuildState(tocLevels = 3): BuildState {
  return { problems: new ProblemList(), headings: [], figures: [], tables: [], targets: new Map(), sections: [], tocLevels };
}
