/**
 * A state's narrative (Markdown an analyst writes, inserted into a chapter template with
 * `{{{narrativa}}}`) may not change the report's structure outside its own slot.
 *
 * Each narrative is parsed on its own (remark-parse + remark-gfm, what the DOCX writer uses),
 * checked, and written back with remark-stringify, so every construct it opens is closed
 * inside the slot before it reaches the template's output:
 *  - headings `#`/`##` are refused (they belong to the templates);
 *  - a code fence or an HTML comment that is never closed is refused (in the report it would
 *    swallow every chapter after it), as are HTML blocks other than comments (the DOCX has no
 *    place for them and would drop their text silently), images (figures come from the
 *    templates), a footnote call without its definition and an unbalanced `horizontal` block;
 *  - link reference definitions are resolved inside the narrative (`[texto][ref]` becomes an
 *    inline link) and dropped, so they neither reach nor borrow from the rest of the report;
 *  - footnote labels that another narrative or a template already uses are renamed.
 * Problems are Spanish, with the narrative's file and line. Whatever the serialiser writes is
 * parsed again and compared with what the analyst wrote: a difference is refused too, never
 * inserted.
 */
import type { Definition, FootnoteDefinition, Nodes, Parent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { parseMarkdownKept } from './parser.js';
import type { Problem } from '../../util/errors.js';
import { literalOccurrences } from './source.js';

export interface NarrativeSource {
  /** The narrative's path as shown to the analyst (data/<estado>/narrativa/<capítulo>.md). */
  file: string;
  markdown: string;
}

export interface PreparedNarrative {
  file: string;
  /** The narrative re-serialised: every construct closed; '' when the narrative is empty. */
  markdown: string;
  /** Line of `file` where each line of `markdown` comes from (1-based; best effort). */
  sourceLines: number[];
  /** What the narrative itself adds to the report (the structure check expects it). */
  counts: StructureCounts;
}

/** Structural elements of a piece of the report (see structure.ts). */
export interface StructureCounts {
  chapters: number;
  tables: number;
  tableCaptions: number;
  figures: number;
  figureCaptions: number;
}

export const NO_COUNTS: StructureCounts = { chapters: 0, tables: 0, tableCaptions: 0, figures: 0, figureCaptions: 0 };

const STRINGIFY: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  join: [
    // Consecutive one-paragraph footnote definitions stay on consecutive lines, as analysts write them.
    (left, right) => (left.type === 'footnoteDefinition' && right.type === 'footnoteDefinition' && isSimpleFootnote(left) && isSimpleFootnote(right) ? 0 : undefined),
  ],
};
const serialiser = unified()
  .use(remarkStringify, { ...STRINGIFY, handlers: { rawMarkdown: (node: RawMarkdown) => node.value } } as StringifyOptions)
  .use(remarkGfm);

function isSimpleFootnote(n: unknown): boolean {
  const d = n as FootnoteDefinition;
  return d.children.length === 1 && d.children[0]!.type === 'paragraph';
}

export { parseMarkdown } from './parser.js';

const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const HORIZONTAL = /^<!--\s*horizontal\s*-->$/i;
const END_HORIZONTAL = /^<!--\s*\/\s*horizontal\s*-->$/i;
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

function excerpt(s: string, max = 30): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

type Prepared = { narrative: PreparedNarrative; problems: Problem[] };

/**
 * The last result per narrative file: the live rebuild (`--vigilar`) prepares the same
 * narratives after every save, and remark is the slow part. A result depends on the file, its
 * text, the prefix and, through the footnote renaming, on `usedFootnotes`: the renaming is
 * cheap, so it always runs (adding the same labels) and a hit needs the same renaming.
 */
interface MemoEntry {
  markdown: string;
  prefix: string;
  /** The narrative's footnote ids, when preparing it got as far as renaming them. */
  footnotes?: string[];
  renamed?: string;
  result: Prepared;
}
const memo = new Map<string, MemoEntry>();
/** One entry per file; a bound in case files come and go (tests, several states). */
const MEMO_FILES = 100;

const renamingKey = (renamed: Map<string, string>) => JSON.stringify([...renamed]);

/**
 * Parses, checks and re-serialises one narrative. `usedFootnotes` holds the footnote labels
 * already taken in the report (templates and earlier narratives); the narrative's own are
 * added to it, renamed `<prefijo>-<etiqueta>` when taken.
 */
export function prepareNarrative(source: NarrativeSource, opts: { footnotePrefix: string; usedFootnotes: Set<string> }): Prepared {
  const hit = memo.get(source.file);
  if (hit && hit.markdown === source.markdown && hit.prefix === opts.footnotePrefix) {
    if (!hit.footnotes) return structuredClone(hit.result);
    const renamed = renameFootnotes(hit.footnotes, opts);
    const key = renamingKey(renamed);
    if (key === hit.renamed) return structuredClone(hit.result);
    // Other labels taken: prepare again with the renaming just done (usedFootnotes has it already).
    return remember(source, opts.footnotePrefix, hit.footnotes, key, prepareUncached(source, () => renamed));
  }
  let footnotes: string[] | undefined;
  let key: string | undefined;
  const result = prepareUncached(source, (ids) => {
    footnotes = ids;
    const renamed = renameFootnotes(ids, opts);
    key = renamingKey(renamed);
    return renamed;
  });
  return remember(source, opts.footnotePrefix, footnotes, key, result);
}

function remember(source: NarrativeSource, prefix: string, footnotes: string[] | undefined, renamed: string | undefined, result: Prepared): Prepared {
  memo.delete(source.file);
  if (memo.size >= MEMO_FILES) memo.delete(memo.keys().next().value!);
  // A copy: the caller owns the result it gets.
  memo.set(source.file, { markdown: source.markdown, prefix, footnotes, renamed, result: structuredClone(result) });
  return result;
}

/** Footnote labels unique in the whole report: each id, renamed when taken, is added to `usedFootnotes`. */
function renameFootnotes(ids: string[], opts: { footnotePrefix: string; usedFootnotes: Set<string> }): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const id of ids) {
    let label = id;
    for (let n = 1; opts.usedFootnotes.has(label); n++) label = `${opts.footnotePrefix}-${id}${n > 1 ? `-${n}` : ''}`;
    opts.usedFootnotes.add(label);
    if (label !== id) renamed.set(id, label);
  }
  return renamed;
}

/** prepareNarrative without the memo; `rename` gives the new label of each footnote id that changes. */
function prepareUncached(source: NarrativeSource, rename: (footnoteIds: string[]) => Map<string, string>): Prepared {
  const { file } = source;
  const markdown = source.markdown.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const problem = (node: Nodes | undefined, message: string) => {
    const at = node?.position?.start;
    problems.push({ file, line: at?.line, column: at?.column, message });
  };
  const empty = { narrative: { file, markdown: '', sourceLines: [], counts: NO_COUNTS }, problems };
  if (markdown.trim() === '') return empty;

  const tree = parseMarkdownKept(markdown, 'narrativa');
  const lines = markdown.split('\n');

  // Definitions are the narrative's own: collected first (a reference may precede its definition).
  const definitions = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  walk(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if (node.type === 'footnoteDefinition' && !footnotes.has(node.identifier)) footnotes.set(node.identifier, node);
  });

  let horizontal: Nodes | undefined;
  walk(tree, (node, parent) => {
    switch (node.type) {
      case 'heading':
        if (node.depth <= 2) {
          problem(node, 'la narrativa no puede usar títulos de nivel 1 o 2 («#», «##» o texto subrayado con «===» o «---»), que pone la plantilla del capítulo; use «###» para subsecciones');
        }
        break;
      case 'code': {
        const raw = markdown.slice(node.position!.start.offset!, node.position!.end.offset!);
        const fence = /^(`{3,}|~{3,})/.exec(raw)?.[1];
        if (fence && !closedFence(raw, fence)) {
          problem(node, `el bloque de código que empieza en esta línea con «${fence}» no se cierra: añada una línea «${fence}» al final del código` +
            ' (si el bloque está dentro de una cita «>» o de una lista, ciérrelo dentro de ella); sin cierre, el bloque se tragaría el resto del informe');
        }
        break;
      }
      case 'html': {
        const value = node.value.trim();
        const inline = parent !== undefined && PHRASING_PARENTS.has(parent.type);
        if (inline) break; // inline HTML: `<br>` is a line break, other tags keep their text
        if (!value.startsWith('<!--')) {
          problem(node, `la narrativa no admite bloques de HTML («${excerpt(value)}»): el documento no tiene dónde ponerlos y su texto se perdería; escriba el texto en Markdown, sin etiquetas (para mostrar «<» al inicio de una línea escriba «\\<»)`);
        } else if (!HTML_COMMENT.test(value)) {
          problem(node, 'el comentario «<!--» no se cierra con «-->»: sin cierre ocultaría el resto del informe');
        } else if (HORIZONTAL.test(value)) {
          if (horizontal || parent?.type !== 'root') problem(node, '«<!-- horizontal -->» solo puede ir fuera de citas y listas, y no dentro de otro bloque horizontal');
          horizontal = node;
        } else if (END_HORIZONTAL.test(value)) {
          if (!horizontal) problem(node, '«<!-- /horizontal -->» sin un «<!-- horizontal -->» que lo abra en esta narrativa');
          horizontal = undefined;
        }
        break;
      }
      case 'image':
      case 'imageReference':
        problem(node, 'la narrativa no puede incluir imágenes («![…](…)»): las gráficas, figuras y flujogramas los ponen las plantillas del capítulo; describa la imagen con texto');
        break;
      case 'text': {
        const call = /\[\^([^\]\s]+)\]/.exec(node.value);
        if (call && !footnotes.has(call[1]!.toLowerCase())) {
          problem(node, `la nota «[^${call[1]}]» no tiene su definición en esta narrativa: añada una línea «[^${call[1]}]: texto de la nota» (las notas de otras narrativas y de las plantillas no se pueden citar)`);
        }
        break;
      }
      default:
        break;
    }
  });
  if (horizontal) problem(horizontal, '«<!-- horizontal -->» sin su cierre «<!-- /horizontal -->» en esta narrativa');
  if (problems.length > 0) return empty;

  // Resolve `[texto][ref]` inside the narrative, drop the definitions and emptied containers.
  rewrite(tree, (node) => {
    if (node.type === 'definition') return [];
    if (node.type === 'linkReference') {
      const def = definitions.get(node.identifier);
      if (!def) return [{ type: 'text', value: markdown.slice(node.position!.start.offset!, node.position!.end.offset!), position: node.position }];
      return [{ type: 'link', url: def.url, title: def.title, children: node.children, position: node.position }];
    }
    if ((node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') && node.children.length === 0) return [];
    return undefined;
  });

  // Footnote labels unique in the whole report.
  const renamed = rename([...footnotes.keys()]);
  if (renamed.size > 0) {
    walk(tree, (node) => {
      if ((node.type === 'footnoteDefinition' || node.type === 'footnoteReference') && renamed.has(node.identifier)) {
        node.identifier = node.label = renamed.get(node.identifier)!;
      }
    });
  }

  if (tree.children.length === 0) return empty;
  keepEscapes(tree, markdown);
  const out = serialiser.stringify(tree).replace(/\n+$/, '');

  // What was written must read back as what the analyst wrote.
  const again = parseMarkdownKept(out, 'narrativa');
  const want = signature(tree);
  const got = signature(again);
  if (want !== got) {
    const at = firstDifference(tree, again);
    problem(at, 'esta parte de la narrativa usa una combinación de Markdown que no se puede insertar en el informe sin alterarla; simplifíquela (por ejemplo, separe con una línea en blanco la cita, la lista o el bloque de código)');
    return empty;
  }
  return {
    narrative: { file, markdown: out, sourceLines: sourceLinesOf(again, tree, lines.length), counts: countStructure(again, out) },
    problems,
  };
}

/** A piece of Markdown written as is by the serialiser (an escape the analyst wrote). */
interface RawMarkdown {
  type: 'rawMarkdown';
  value: string;
}

/**
 * `\@tbl:x`, `\{#tbl:x}`, `Tabla\:` in a narrative are text, not a cross-reference, an attribute
 * or a caption: the serialiser would write them unescaped, so their escapes are kept.
 */
function keepEscapes(tree: Root, markdown: string): void {
  const anchors = positionedAncestors(tree);
  walk(tree, (node, parent) => {
    if (node.type !== 'text' || !parent) return;
    if (!node.position) {
      // Split off by GFM's autolink pass (no position): when its paragraph escaped an `@`,
      // keep every reference-like `@` of it escaped.
      const p = anchors.get(node)?.position;
      if (!p || !(literalOccurrences(markdown.slice(p.start.offset!, p.end.offset!), '@') ?? []).includes(false)) return;
      if (!/@(?:tbl|fig):/.test(node.value)) return;
      const pieces = node.value.split(/@(?=(?:tbl|fig):)/).flatMap((t, i) => (i === 0 ? [{ type: 'text', value: t }] : [{ type: 'rawMarkdown', value: '\\@' }, { type: 'text', value: t }]));
      (parent.children as unknown[]).splice(parent.children.indexOf(node as never), 1, ...pieces);
      return;
    }
    const source = markdown.slice(node.position.start.offset!, node.position.end.offset!);
    const escaped = new Set<number>();
    for (const ch of ['@', '{', ':']) {
      const literal = literalOccurrences(source, ch);
      let nth = 0;
      for (let i = 0; i < node.value.length; i++) {
        if (node.value[i] !== ch) continue;
        if (literal?.[nth] === false) escaped.add(i);
        nth++;
      }
    }
    if (escaped.size === 0) return;
    const pieces: (RawMarkdown | { type: 'text'; value: string })[] = [];
    let last = 0;
    for (const i of [...escaped].sort((a, b) => a - b)) {
      if (i > last) pieces.push({ type: 'text', value: node.value.slice(last, i) });
      pieces.push({ type: 'rawMarkdown', value: `\\${node.value[i]}` });
      last = i + 1;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    const at = parent.children.indexOf(node as never);
    (parent.children as unknown[]).splice(at, 1, ...pieces);
  });
}

/** For each node, its nearest ancestor that has a position (GFM's autolink pass makes nodes without one). */
export function positionedAncestors(tree: Root): Map<Nodes, Nodes> {
  const out = new Map<Nodes, Nodes>();
  const down = (node: Nodes, anchor: Nodes) => {
    if (!('children' in node)) return;
    for (const child of node.children as Nodes[]) {
      out.set(child, anchor);
      down(child, child.position ? child : anchor);
    }
  };
  down(tree, tree);
  return out;
}

/** Whether the raw text of a fenced code node ends with a fence closing `open`. */
function closedFence(raw: string, open: string): boolean {
  const rows = raw.split('\n');
  if (rows.length < 2) return false;
  const last = rows[rows.length - 1]!.replace(/^(?:[ \t]*>)*[ \t]*/, '');
  const m = /^(`{3,}|~{3,})[ \t]*$/.exec(last);
  return !!m && m[1]![0] === open[0] && m[1]!.length >= open.length;
}

/** Depth-first walk with the parent. */
function walk(node: Nodes, fn: (node: Nodes, parent: Parent | undefined) => void, parent?: Parent): void {
  fn(node, parent);
  if ('children' in node) for (const child of [...node.children]) walk(child as Nodes, fn, node as Parent);
}

/** Post-order rewrite: `fn` returns the replacement nodes for a node, or undefined to keep it. */
function rewrite(node: Parent, fn: (node: Nodes) => Nodes[] | undefined): void {
  const out: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if ('children' in child) rewrite(child as Parent, fn);
    const replaced = fn(child);
    if (replaced === undefined) out.push(child);
    else out.push(...replaced);
  }
  node.children = out as Parent['children'];
}

/** The block structure of a tree, for comparing a narrative with its re-serialisation. */
function signature(node: Nodes): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'root' || (n.type as string) === 'rawMarkdown') return;
    let s = n.type;
    if (n.type === 'heading') s += n.depth;
    if (n.type === 'list') s += n.ordered ? 'o' : 'u';
    if (n.type === 'code') s += `:${n.value.length}`;
    if ('children' in n) s += `(${(n.children as Nodes[]).filter((c) => c.type !== 'text' && (c.type as string) !== 'rawMarkdown').length})`;
    parts.push(s);
  });
  return parts.join(' ');
}

function firstDifference(a: Root, b: Root): Nodes | undefined {
  for (let i = 0; i < a.children.length; i++) {
    if (!b.children[i] || signature(a.children[i]!) !== signature(b.children[i]!)) return a.children[i];
  }
  return a.children[a.children.length - 1];
}

/** Maps each line of the re-serialised narrative to a line of the file, through the top-level blocks. */
function sourceLinesOf(written: Root, original: Root, fileLines: number): number[] {
  const map: number[] = [];
  const end = written.children[written.children.length - 1]?.position?.end.line ?? 0;
  let block = 0;
  for (let line = 1; line <= end; line++) {
    while (block + 1 < written.children.length && (written.children[block + 1]!.position?.start.line ?? Infinity) <= line) block++;
    const w = written.children[block];
    const o = original.children[block];
    const offset = w?.position && o?.position ? line - w.position.start.line : 0;
    const from = o?.position ? Math.min(o.position.start.line + Math.max(0, offset), o.position.end.line) : 1;
    map.push(Math.min(from, fileLines));
  }
  return map;
}

/**
 * A paragraph opening with a caption or source marker (`Tabla:`…), as the DOCX writer sees it:
 * in the text and, when the source is known, unescaped in the source (`Tabla\\:` is data).
 */
export function startsWithMarker(n: RootContent | undefined, re: RegExp, source?: string): boolean {
  if (n?.type !== 'paragraph') return false;
  const first = n.children[0];
  if (first?.type !== 'text' || !re.test(first.value)) return false;
  const at = first.position ?? n.position; // split off by GFM's autolink pass: the paragraph's start
  const start = at?.start.offset;
  const end = at?.end.offset;
  return source === undefined || start === undefined || end === undefined || re.test(source.slice(start, end));
}

/** Chapters (level-1 headings), tables and figures of a parsed piece of the report, as the DOCX writer sees them. */
export function countStructure(tree: Root, source?: string): StructureCounts {
  const counts = { ...NO_COUNTS };
  const startsWith = (n: RootContent | undefined, re: RegExp) => startsWithMarker(n, re, source);
  const imageOnly = (n: RootContent | undefined) =>
    n?.type === 'paragraph' && n.children.filter((c) => !(c.type === 'text' && c.value.trim() === '')).length === 1 && n.children.some((c) => c.type === 'image');
  const visitParent = (children: RootContent[], top: boolean) => {
    children.forEach((n, i) => {
      if (top && n.type === 'heading' && n.depth === 1) counts.chapters++;
      if (n.type === 'table') counts.tables++;
      if (startsWith(n, /^\s*Tabla:/) && children[i + 1]?.type === 'table') counts.tableCaptions++;
      if (imageOnly(n)) {
        counts.figures++;
        if (startsWith(children[i + 1], /^\s*Figura:/)) counts.figureCaptions++;
      }
      if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'table') visitParent(n.children as RootContent[], false);
    });
  };
  visitParent(tree.children, true);
  return counts;
}
