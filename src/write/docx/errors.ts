/**
 * Problems in the report's Markdown that the DOCX writer cannot compile (unknown
 * cross-reference, caption without its table, missing image, …). The transforms report them
 * with `file.message(…, { place, source: DOCX_SOURCE })`; the last transform turns them into one
 * `DocxMarkdownError` with every problem (Spanish, with line and column), and the caller turns
 * that into a UserError with the Markdown file's name.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** `source` of the messages the DOCX transforms report. */
export const DOCX_SOURCE = 'docx';

export interface MarkdownProblem {
  line?: number;
  column?: number;
  message: string;
}

export class DocxMarkdownError extends Error {
  readonly problems: MarkdownProblem[];
  constructor(problems: MarkdownProblem[]) {
    const list = problems.map((p) => `  - ${p.line !== undefined ? `línea ${p.line}: ` : ''}${p.message}`).join('\n');
    super(`El Markdown del informe no se puede convertir a DOCX (${problems.length} ${problems.length === 1 ? 'problema' : 'problemas'}):\n${list}`);
    this.name = 'DocxMarkdownError';
    this.problems = problems;
  }
}

/** The problems the DOCX transforms reported on `file`, in the order they were found. */
export function markdownProblems(file: VFile): MarkdownProblem[] {
  return file.messages.filter((m) => m.source === DOCX_SOURCE).map((m) => ({ line: m.line, column: m.column, message: m.reason }));
}

/** The last transform: stops before the DOCX is compiled when any problem was reported. */
export function remarkDocxFailOnProblems() {
  return (_tree: Root, file: VFile): void => {
    const problems = markdownProblems(file);
    if (problems.length) throw new DocxMarkdownError(problems);
  };
}
