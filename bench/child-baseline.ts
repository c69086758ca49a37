/**
 * Baseline of `npm run bench`, run as its own process: plain remark-docx (no plugins of this
 * project) compiling a Markdown file to DOCX, images and comments dropped (pandoc's job on the
 * same twin). Usage: tsx bench/child-baseline.ts <entrada.md> <salida.docx> [copias]; the bench
 * runs it bundled, as plain JavaScript (bench/run.ts, `baselineScript`).
 * Prints one JSON line: {"ms": build time, "maxRssMb": peak resident memory of this process}.
 */
import '../src/util/iterator-helpers.js'; // remark-docx calls Iterator.prototype.reduce (Node ≥ 22)
import { readFileSync, writeFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDocx from 'remark-docx';
import { repeatTwin } from './synthetic.js';

const [input, output, copies = '1'] = process.argv.slice(2);
const markdown = repeatTwin(readFileSync(input!, 'utf8'), Number(copies)).replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/<!--[\s\S]*?-->/g, '');
const started = performance.now();
const file = await unified().use(remarkParse).use(remarkGfm).use(remarkDocx).process(markdown);
const bytes = Buffer.from(await (file.result as Promise<ArrayBuffer> | ArrayBuffer));
writeFileSync(output!, bytes);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, chars: markdown.length })}\n`);
