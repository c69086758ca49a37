/**
 * A large synthetic report, run as its own process by `npm run bench`: a state's twin repeated
 * `copias` times, compiled by this project's DOCX writer (every extension, OOXML
 * post-processing, deterministic zip); each figure gets a chart-sized PNG (the writer's cost
 * does not depend on what a picture shows). Usage: tsx bench/child-synthetic.ts <raíz> <estado> <gemelo.md> <copias> <salida.docx>
 * Prints one JSON line: {"ms", "maxRssMb", "chars"}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { loadProjectConfig } from '../src/config/project.js';
import { loadStateConfig } from '../src/load/state.js';
import type { StateData } from '../src/load/types.js';
import { docxInfo } from '../src/pipeline/products/diagnostico.js';
import { markdownToDocx, type ImageResolver } from '../src/write/docx/index.js';
import { repeatTwin } from './synthetic.js';

const [root, slug, twin, copies, output] = process.argv.slice(2);
const project = loadProjectConfig(root!);
const config = loadStateConfig(slug!, root!);
const markdown = repeatTwin(readFileSync(twin!, 'utf8'), Number(copies));
const { ancho, alto } = project.estilo.graficas;
const canvas = createCanvas(ancho, alto);
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#ffffff';
ctx.fillRect(0, 0, ancho, alto);
for (let i = 0; i < 40; i++) {
  ctx.fillStyle = `hsl(${i * 9}, 60%, 50%)`;
  ctx.fillRect(40 + i * ((ancho - 80) / 40), alto - 40 - ((i * 37) % (alto - 80)), (ancho - 80) / 50, (i * 37) % (alto - 80));
}
const png = canvas.toBuffer('image/png');
const images: ImageResolver = async (url) => ({ data: png, width: ancho, height: alto, alt: url });
const started = performance.now();
const docx = await markdownToDocx(markdown, docxInfo({ project, config } as StateData), images);
writeFileSync(output!, docx);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, chars: markdown.length })}\n`);
