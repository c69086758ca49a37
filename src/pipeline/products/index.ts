/**
 * Every product the pipeline can build, by id. A new product is a module in this folder that
 * exports a `Product` (see ../product.ts) and one line here; its command is a thin CLI.
 */
import { listStates, loadStateConfig } from '../../load/state.js';
import type { Product } from '../product.js';
import { analisisRapido } from './analisis-rapido.js';
import { comparacion } from './comparacion.js';
import { diagnostico } from './diagnostico.js';
import { flujogramas } from './flujogramas.js';
import { guiaEntrevista } from './guia-entrevista.js';
import { minutas } from './minuta.js';
import { planDeTrabajo } from './plan.js';
import { informeActividades } from './informe-actividades.js';
import { informeFinal } from './informe-final.js';
import { informeEntrevista } from './informe-entrevista.js';
import { taller } from './taller.js';

export const PRODUCTS: Record<string, Product> = {
  [diagnostico.id]: diagnostico,
  [flujogramas.id]: flujogramas,
  [comparacion.id]: comparacion,
  [guiaEntrevista.id]: guiaEntrevista,
  // The programme's own documents (npm run minuta | plan | informe).
  [minutas.id]: minutas, [planDeTrabajo.id]: planDeTrabajo, [informeActividades.id]: informeActividades, [informeFinal.id]: informeFinal,
  [informeEntrevista.id]: informeEntrevista,
  [analisisRapido.id]: analisisRapido,
  [taller.id]: taller,
};

/** State products with their own command (`npm run flujogramas`, `npm run taller`). */
const OWN_COMMAND = new Set(['flujogramas', 'taller']);

/** Products built by `npm run report`: every state product but the flowcharts and the workshop (they have their own commands). */
export function reportProductsOf(slug: string, root: string): Product[] {
  const listed = loadStateConfig(slug, root).productos as string[];
  return Object.values(PRODUCTS).filter((p) => p.scope === 'estado' && !OWN_COMMAND.has(p.id) && listed.includes(p.id));
}

/** States with at least one report product. */
export function statesWithReports(root: string): string[] {
  return listStates(root).filter((s) => reportProductsOf(s, root).length > 0);
}
