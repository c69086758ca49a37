/**
 * Narrative that contradicts the data (#13): `npm run validate` warns, with the narrative's
 * file and line, when a hand-written chapter states something the datasets say is not so.
 * Deliberately simple (sentence-level patterns, documented in docs/guia-analistas.md):
 *  1. a flowchart announced for a victim profile the state has no flowchart for
 *     (a sentence with «flujograma» and the profile's name, without a negation);
 *  2. a cross-reference `@tbl:x` / `@fig:y` to a table or figure the report does not produce;
 *  3. a sentence denying a specialised shelter («no cuenta con refugio especializado», «no
 *     existe…», «no hay…», «ausencia/falta de un refugio especializado») while
 *     organizaciones.csv lists organisations of type «refugio».
 * These are warnings: the analyst decides whether the text or the data is wrong.
 */
import type { StateData } from '../load/types.js';
import type { Problem } from '../util/errors.js';
import { PROFILES, type Profile } from '../schemas/vocabularies.js';

/** How a narrative names each profile (lower case, accents kept; tested on whole sentences). */
const PROFILE_NAMES: Record<Profile, RegExp> = {
  nna: /\bniñas, niños y adolescentes\b|\bniñez\b/,
  nna_migrantes_no_acompanados: /no acompañad[oa]s/,
  mujeres_explotacion_sexual: /explotación sexual/,
  personas_migrantes: /personas migrantes|solicitantes de asilo/,
  personas_indigenas: /indígenas?\b/,
  explotacion_laboral: /explotación laboral/,
  nna_actividades_delictivas: /actividades delictivas|reclutamiento por grupos/,
  discapacidad_adultos_mayores: /discapacidad|adultas? mayores/,
  lgbti: /\blgbti/,
};

/** A negation near the statement: the text says the thing does not exist, which agrees with the data. */
const NEGATION = /\b(no|sin|ningún|ninguna|carece|aún no|todavía no)\b/;
const SHELTER_DENIAL = /\b(no (cuenta|existe|hay|tiene|dispone)|carece|ausencia|falta|sin)\b[^.;]{0,80}\brefugios? especializados?\b/;

interface Sentence {
  text: string;
  line: number;
  column: number;
}

/** Sentences of a Markdown text with the 1-based line and column where each starts. */
export function sentences(markdown: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = markdown.split('\n');
  lines.forEach((l, i) => {
    const re = /[^.!?]+[.!?]?/g;
    for (let m = re.exec(l); m; m = re.exec(l)) {
      const text = m[0].trim();
      if (text) out.push({ text, line: i + 1, column: m.index + 1 + (m[0].length - m[0].trimStart().length) });
    }
  });
  return out;
}

export interface NarrativeFacts {
  /** Profiles the state has a flowchart for. */
  flowchartProfiles: Set<Profile>;
  /** Table and figure ids the report produces ("tbl:x", "fig:y"); undefined skips check 2. */
  producedIds?: Set<string>;
}

export function narrativeContradictions(data: Pick<StateData, 'narrativa' | 'organizaciones'>, facts: NarrativeFacts): Problem[] {
  const problems: Problem[] = [];
  const shelters = data.organizaciones.rows.filter((o) => o.tipo === 'refugio');
  for (const narrative of Object.values(data.narrativa)) {
    const file = narrative.file;
    for (const s of sentences(narrative.markdown)) {
      const lower = s.text.toLowerCase();
      // 1. A flowchart of a profile the state does not have.
      if (/flujogramas?\b/.test(lower) && !NEGATION.test(lower.replace(/no acompañad/g, ''))) {
        for (const [profile, re] of Object.entries(PROFILE_NAMES) as [Profile, RegExp][]) {
          if (facts.flowchartProfiles.has(profile) || !re.test(lower)) continue;
          // «niñez» inside a more specific profile's name is that profile, not the general one.
          if (profile === 'nna' && [...facts.flowchartProfiles].some((p) => p !== 'nna' && PROFILE_NAMES[p].test(lower))) continue;
          problems.push({
            file, line: s.line, column: s.column,
            message: `el texto menciona un flujograma de «${PROFILES[profile]}», pero el estado no tiene ese flujograma (sus flujogramas: ${[...facts.flowchartProfiles].map((p) => PROFILES[p]).join(', ') || 'ninguno'}). Quite la mención o agregue el flujograma en flujogramas/.`,
          });
        }
      }
      // 3. «No hay refugio especializado» while the mapping lists one.
      if (shelters.length > 0 && SHELTER_DENIAL.test(lower)) {
        problems.push({
          file, line: s.line, column: s.column,
          message: `el texto dice que no hay refugio especializado, pero organizaciones.csv registra ${shelters.length === 1 ? 'uno' : shelters.length} de tipo «refugio» (${shelters.map((o) => o.nombre).join('; ')}). Corrija el texto o el tipo de la organización.`,
        });
      }
    }
    // 2. Cross-references to tables or figures the report does not produce.
    if (facts.producedIds) {
      narrative.markdown.split('\n').forEach((l, i) => {
        const re = /(?<!\\)@(tbl|fig):([A-Za-z0-9_-]+)/g;
        for (let m = re.exec(l); m; m = re.exec(l)) {
          const key = `${m[1]}:${m[2]}`;
          if (facts.producedIds!.has(key)) continue;
          problems.push({
            file, line: i + 1, column: m.index + 1,
            message: `la referencia «@${key}» no corresponde a ninguna ${m[1] === 'tbl' ? 'tabla' : 'figura'} del informe. Corrija el identificador (los del informe aparecen como {#${m[1]}:…} en el gemelo Markdown) o quite la referencia.`,
          });
        }
      });
    }
  }
  return problems;
}

/** The table and figure ids a rendered report defines (`{#tbl:x}`, `{#fig:y}`). */
export function producedIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markdown.matchAll(/\{#(tbl|fig):([A-Za-z0-9_-]+)\}/g)) ids.add(`${m[1]}:${m[2]}`);
  return ids;
}
