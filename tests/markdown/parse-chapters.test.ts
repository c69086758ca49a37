/**
 * parseReportMarkdown (src/render/markdown/parse.ts) parses chapter by chapter and remembers
 * each chapter's parse; the tree must be the one a single parse of the whole text gives,
 * positions included, whatever the text holds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/render/markdown/narrative.js';
import { parseReportMarkdown, splitSections } from '../../src/render/markdown/parse.js';
import { setLiveLoop } from '../../src/util/live-loop.js';

const root = path.resolve(import.meta.dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? markdownFiles(file) : name.endsWith('.md') ? [file] : [];
  });
}

// Chapter by chapter only in the live loop; elsewhere it is one plain parse.
beforeAll(() => setLiveLoop(true));
afterAll(() => setLiveLoop(false));

const same = (md: string) => expect(parseReportMarkdown(md)).toEqual(parseMarkdown(md));

describe('parseReportMarkdown', () => {
  test('gives the whole-text parse of every shipped Markdown output', () => {
    const files = markdownFiles(path.join(root, 'reports'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const md = readFileSync(file, 'utf8');
      expect(parseReportMarkdown(md), path.relative(root, file)).toEqual(parseMarkdown(md));
    }
    // The diagnostics are really split (one piece per chapter, the cover before them).
    const twin = readFileSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.md'), 'utf8');
    expect(splitSections(twin).length).toBeGreaterThan(10);
  });

  test('after one chapter changes, the remembered chapters and the new one give the whole-text parse', () => {
    const twin = readFileSync(path.join(root, 'reports', 'chiapas', 'diagnostico-chiapas.md'), 'utf8');
    same(twin);
    const edited = twin.replace(/^# (.+)$/m, '# $1\n\nUn párrafo nuevo, con *énfasis*,\nen dos líneas.');
    expect(edited).not.toBe(twin);
    same(edited);
    // Trees handed out are copies: changing one does not change the next parse.
    const tree = parseReportMarkdown(edited);
    tree.children.length = 0;
    same(edited);
  });

  const cases: Record<string, string> = {
    'a heading inside fenced code': '# Uno\n\nTexto.\n\n```\ncódigo\n\n# no es capítulo\n```\n\n# Dos\n\nMás.\n',
    'a fence closed only by a line indented three spaces at most': '# Uno\n\n```\n    ```\n\n# dentro del código\n```\n\n# Dos\n',
    'a tilde fence in a quote left open': '# Uno\n\n> ~~~\n> código\n\n# Dos\n\nTexto.\n',
    'an HTML comment over several lines': '# Uno\n\n<!-- comentario\n\n# dentro del comentario\n-->\n\n# Dos\n',
    'a <pre> block with a blank line': '# Uno\n\n<pre>\n\n# dentro\n</pre>\n\n# Dos\n',
    'a footnote defined in another chapter': '# Uno\n\nTexto con nota[^n].\n\n# Dos\n\n[^n]: La nota.\n',
    'a footnote cited before its chapter defines it': '# Uno\n\n[^N]: Nota.\n\n# Dos\n\nCita[^n].\n',
    'a link reference defined in another chapter': '# Uno\n\nVer [el texto][Ref  Uno].\n\n# Dos\n\n[ref uno]: https://example.org\n',
    'lists, tables and quotes before a heading': '# Uno\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> cita\n\n# Dos\n\n1. uno\n',
    'a heading without a blank line before it': '# Uno\n\nPárrafo\n# Dos\n\nTexto.\n',
    'CRLF line ends': '# Uno\r\n\r\nTexto.\r\n\r\n# Dos\r\n\r\n- a\r\n',
    'no trailing newline': '<!-- gemelo -->\n\n# Uno\n\nTexto.\n\n# Dos',
    'an empty heading': 'Intro.\n\n#\n\nTexto.\n\n# Dos\n',
    'indented code that looks like a fence, then a real fence': '# Uno\n\n    ```\n```\n\n# dentro del código\n',
    'a fence in a list item, then a heading': '# Uno\n\n- punto\n\n  ```\n  código\n\n## Dos\n\n```\n\n# dentro\n```\n',
    'a comment opened in a list item': '# Uno\n\n- punto\n  <!-- nota\n\n```\n\n# dentro\n-->\n```\n\n## Tres\n',
    'sections with their own footnotes and a shared one': '# Uno\n\nA[^a] y B[^b].\n\n## Notas\n\n[^a]: Nota a.\n\n# Dos\n\nC[^c].\n\n[^c]: Nota c.\n\n# Tres\n\n[^b]: Nota b.\n',
  };
  for (const [name, md] of Object.entries(cases)) test(name, () => same(md));

  test('any mix of block constructs', () => {
    const lines = [
      '', '', '', '# Capítulo', '# Otro', '#', '## Sección', '### Sub', '  ## Sangrado', 'Párrafo con *énfasis* y nota[^a].', 'Otra línea', '```', '~~~', '  ```', ' ~~~', '    ```',
      '> ```', '> cita', '- ```', '  - anidada', '<!-- a', '  <!-- b', '-->', '<!-- completo -->', '<pre>', '  <pre>', '</pre>', '- lista', '  continuación', '1. uno',
      '| a | b |', '|---|---|', '| 1 | 2 |', '[^a]: Nota.', '  [^b]: Otra.', 'Cita[^b].', '[r]: https://example.org', 'Ver [texto][r].', '    código indentado', 'Tabla: x {#tbl:x}', '<div>', '***',
    ];
    fc.assert(fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 40 }), (picked) => {
      const md = `${picked.join('\n')}\n`;
      expect(parseReportMarkdown(md)).toEqual(parseMarkdown(md));
    }), { numRuns: 1500, seed: 14 });
  });
});
