/**
 * Problems in the report's Markdown that the DOCX writer cannot compile (unknown
 * cross-reference, caption without its table, missing image, …). The message is Spanish;
 * the caller turns `problems` into a UserError with the Markdown file's name.
 */
import type { Node } from 'mdast';

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

/** Collects problems during the transforms; `throwIfAny` raises them all at once. */
export class ProblemList {
  readonly items: MarkdownProblem[] = [];
  add(node: Node | undefined, message: string): void {
    const start = node?.position?.start;
    this.items.push({ line: start?.line, column: start?.column, message });
  }
  throwIfAny(): void {
    if (this.items.length) throw new DocxMarkdownError(this.items);
  }
}
