/**
 * Editorial review (`npm run revisar`): checks of the built outputs as a reader would make them.
 * Every check returns findings; the command prints them in Spanish and fails on errors.
 */
export type Severity = 'error' | 'aviso';

export interface Finding {
  /** Stable rule id, e.g. `deck.font-min`, `text.repeated-sentence`, `layout.near-blank-page`. */
  rule: string;
  severity: Severity;
  /** Where a reader finds it, in Spanish: «diapositiva 7», «capítulo 4 › Tabla 3», «página 12». */
  where: string;
  /** What is wrong and how to fix it, in Spanish. */
  message: string;
}

/** A named check over one output; `input` is the output's bytes or text. */
export type Check<Input> = (input: Input) => Finding[];
