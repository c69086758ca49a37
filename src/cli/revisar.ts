/**
 * npm run revisar <estado> | -- --all [--sin-paginas]
 * Editorial review of the built outputs (twin, DOCX, CIE deck): Spanish findings with where
 * they are; exit 1 when any is an error. See «Revisión editorial» in docs/guia-analistas.md.
 */
import { projectRoot } from '../config/project.js';
import { statesWithProduct } from '../load/state.js';
import { pendingReasons, reviewState } from '../pipeline/review.js';
import { UserError } from '../util/errors.js';
import { parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run revisar <estado>                 revisa el gemelo, el DOCX y la presentación ya generados
     npm run revisar -- --all                    todos los estados con informes
     npm run revisar <estado> -- --sin-paginas   sin la revisión de páginas (no usa LibreOffice)
Genere antes los productos con «npm run report <estado>».`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    { allowPositionals: true, options: { all: { type: 'boolean', default: false }, 'sin-paginas': { type: 'boolean', default: false } } },
    USAGE,
  );
  const root = projectRoot();
  // The review reads a diagnostic's twin, DOCX and deck: --all means the states whose products include one.
  const states = values.all ? statesWithProduct('diagnostico', root) : selectStates({ positionals, all: false, root, usage: USAGE, product: 'diagnostico' });
  if (states.length === 0) throw new UserError('No hay estados con el producto «diagnostico» en data/ (estado.yaml → productos).');
  let errors = 0;
  let warnings = 0;
  const all = [];
  for (const slug of states) {
    const r = await reviewState(slug, { root, layout: !values['sin-paginas'] });
    all.push(...r.findings);
    const e = r.findings.filter((f) => f.severity === 'error').length;
    const w = r.findings.length - e;
    errors += e;
    warnings += w;
    process.stdout.write(`${e ? '✖' : '✔'} ${slug}: ${e} ${e === 1 ? 'error' : 'errores'}, ${w} ${w === 1 ? 'aviso' : 'avisos'}\n`);
    for (const line of r.skipped) process.stdout.write(`   ℹ ${line}\n`);
    for (const f of [...r.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
      process.stdout.write(`   ${f.severity === 'error' ? 'error' : 'aviso'} [${f.rule}] ${f.where}: ${f.message}\n`);
    }
  }
  const reasons = pendingReasons(all);
  if (reasons.length) {
    process.stdout.write('Reglas que por ahora solo avisan (pasarán a error cuando se resuelva lo pendiente):\n');
    for (const r of reasons) process.stdout.write(`   · ${r}\n`);
  }
  if (errors) {
    process.stdout.write(`Revisión: ${errors} ${errors === 1 ? 'error' : 'errores'} y ${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}. Vea cómo corregir cada uno en docs/guia-analistas.md, «Revisión editorial».\n`);
    process.exitCode = 1;
  } else process.stdout.write(`Revisión sin errores (${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}).\n`);
});
