import { parseYaml } from '/work/wt/h5-inputs/src/load/yaml.ts';
import { z } from 'zod';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const tries: [string, () => unknown][] = [
  ['yaml deep [', () => parseYaml('a: ' + '['.repeat(50000), 'x.yaml', z.any())],
  ['yaml deep - ', () => parseYaml(Array.from({length: 5000}, (_, i) => ' '.repeat(i*2) + '- ').join('\n'), 'x.yaml', z.any())],
  ['yaml empty', () => parseYaml('', 'x.yaml', z.object({ a: z.string() }))],
  ['md deep >', () => unified().use(remarkParse).parse('>'.repeat(100000) + ' hola')],
  ['md deep list', () => unified().use(remarkParse).parse(Array.from({length: 3000}, (_, i) => ' '.repeat(i*2) + '- a').join('\n'))],
];
for (const [n, f] of tries) {
  const t0 = performance.now();
  try { const r = f() as any; console.log(n, 'ok', Math.round(performance.now()-t0), 'ms', JSON.stringify(r?.problems ?? '').slice(0, 200)); } catch (e) { console.log(n, 'THREW', (e as Error).constructor.name, (e as Error).message.slice(0, 100)); }
}
