/** Desk review: normative framework, official tools and coverage of victim profiles per stage. */
import type { StateData } from '../load/types.js';
import type { Instrument, Tool } from '../schemas/datasets.js';
import { INSTRUMENT_STATUS, INSTRUMENT_TYPES, LEVELS, PROFILES, STAGES, TOOL_USE, type Profile, type Stage } from '../schemas/vocabularies.js';
import { formatDate } from '../util/format-es.js';
import { boolMatrix, compareLabels, countMatrix, labelOr, nominalRows, ordinalRows, tally, vocabCategories } from './common.js';
import type { Category, CoverageAnalysis, InstrumentItem, NormativeCoverage, ProfileCoverage, StageCoverage, ToolItem, ToolsCoverage } from './types.js';

/** What the desk review reads: the catalogues and the cut dates (a full state, or a state with catalogues only). */
export type DeskData = Pick<StateData, 'marco_normativo' | 'herramientas' | 'instituciones' | 'config'>;

const STAGE_KEYS = Object.keys(STAGES) as Stage[];
const LEVEL_KEYS = Object.keys(LEVELS);
const stageIndex = (s: Stage) => STAGE_KEYS.indexOf(s);
const sortStages = (st: Stage[]) => [...st].sort((a, b) => stageIndex(a) - stageIndex(b));
const sortProfiles = (p: Profile[]) => {
  const keys = Object.keys(PROFILES);
  return [...p].sort((a, b) => keys.indexOf(a) - keys.indexOf(b));
};

export function instrumentItem(r: Instrument): InstrumentItem {
  const stages = sortStages(r.etapas);
  const profiles = sortProfiles(r.perfiles);
  return {
    id: r.id,
    name: r.instrumento,
    level: r.nivel,
    levelLabel: LEVELS[r.nivel],
    type: r.tipo,
    typeLabel: INSTRUMENT_TYPES[r.tipo],
    date: r.fecha_publicacion,
    dateText: formatDate(r.fecha_publicacion),
    issuer: r.emisor,
    stages,
    stageLabels: stages.map((s) => STAGES[s]),
    profiles,
    profileLabels: profiles.map((p) => PROFILES[p]),
    ...(r.articulos ? { articles: r.articulos } : {}),
    status: r.estatus,
    statusLabel: INSTRUMENT_STATUS[r.estatus],
  };
}

export function instrumentItems(data: DeskData): InstrumentItem[] {
  return data.marco_normativo.rows
    .map(instrumentItem)
    .sort((a, b) => LEVEL_KEYS.indexOf(a.level) - LEVEL_KEYS.indexOf(b.level) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || compareLabels(a.name, b.name) || compareLabels(a.id, b.id));
}

export function toolItems(data: DeskData): ToolItem[] {
  const inst = new Map(data.instituciones.rows.map((i) => [i.id, i]));
  return data.herramientas.rows
    .map((r: Tool): ToolItem => {
      const stages = sortStages(r.etapas);
      const profiles = sortProfiles(r.perfiles);
      const i = inst.get(r.institucion_id);
      return {
        id: r.id,
        name: r.herramienta,
        institutionId: r.institucion_id,
        institution: i?.nombre ?? r.institucion_id,
        institutionShort: i?.siglas ?? i?.nombre ?? r.institucion_id,
        stages,
        stageLabels: stages.map((s) => STAGES[s]),
        profiles,
        profileLabels: profiles.map((p) => PROFILES[p]),
        published: r.publicada,
        publishedText: r.publicada ? 'Sí' : 'No',
        inUse: r.en_uso,
        inUseLabel: TOOL_USE[r.en_uso],
        ...(r.fecha ? { date: r.fecha } : {}),
      };
    })
    .sort((a, b) => stageIndex(a.stages[0]!) - stageIndex(b.stages[0]!) || compareLabels(a.name, b.name) || compareLabels(a.id, b.id));
}

function stageCoverage(items: { name: string; stages: Stage[] }[]): StageCoverage[] {
  return STAGE_KEYS.map((stage) => {
    const names = items.filter((i) => i.stages.includes(stage)).map((i) => i.name);
    return { stage, label: STAGES[stage], n: names.length, names };
  });
}

const without = (cov: StageCoverage[]): Category[] => cov.filter((c) => c.n === 0).map((c) => ({ key: c.stage, label: c.label }));

function normative(data: DeskData, list: InstrumentItem[]): NormativeCoverage {
  const stages = vocabCategories(STAGES);
  const byStage = stageCoverage(list);
  return {
    total: list.length,
    inForce: list.filter((i) => i.status === 'vigente').length,
    cutDate: data.config.cortes.marco_normativo,
    cutDateText: formatDate(data.config.cortes.marco_normativo),
    list,
    matrix: boolMatrix(list, stages, (i) => i.id, (i) => i.name, (i, s) => i.stages.includes(s as Stage)),
    byLevel: ordinalRows(LEVELS, tally(list.map((i) => i.level)), list.length),
    byType: nominalRows(tally(list.map((i) => i.type)), (k) => labelOr(INSTRUMENT_TYPES, k), list.length),
    byStage,
    stagesWithout: without(byStage),
    levelByStage: countMatrix(vocabCategories(LEVELS), stages, list.flatMap((i) => i.stages.map((s) => [i.level, s] as [string, string]))),
  };
}

function tools(data: DeskData, list: ToolItem[]): ToolsCoverage {
  const byStage = stageCoverage(list);
  const cut = data.config.cortes.herramientas;
  return {
    total: list.length,
    published: list.filter((t) => t.published).length,
    byUse: ordinalRows(TOOL_USE, tally(list.map((t) => t.inUse)), list.length),
    ...(cut ? { cutDate: cut, cutDateText: formatDate(cut) } : {}),
    list,
    matrix: boolMatrix(list, vocabCategories(STAGES), (t) => t.id, (t) => t.name, (t, s) => t.stages.includes(s as Stage)),
    byStage,
    stagesWithout: without(byStage),
    byProfile: nominalRows(tally(list.flatMap((t) => t.profiles)), (k) => labelOr(PROFILES, k), list.length),
    general: list.filter((t) => t.profiles.length === 0).length,
  };
}

function profiles(instr: InstrumentItem[], tl: ToolItem[]): ProfileCoverage {
  const rows = vocabCategories(PROFILES);
  const columns = vocabCategories(STAGES);
  let gapsSpecific = 0;
  const cells = rows.map((p) =>
    columns.map((s) => {
      const applies = (x: { stages: Stage[]; profiles: Profile[] }) => x.stages.includes(s.key as Stage) && (x.profiles.length === 0 || x.profiles.includes(p.key as Profile));
      const specific = (x: { stages: Stage[]; profiles: Profile[] }) => x.stages.includes(s.key as Stage) && x.profiles.includes(p.key as Profile);
      const cell = {
        instruments: instr.filter(applies).length,
        specificInstruments: instr.filter(specific).length,
        tools: tl.filter(applies).length,
        specificTools: tl.filter(specific).length,
        covered: false,
      };
      cell.covered = cell.instruments + cell.tools > 0;
      if (cell.specificInstruments + cell.specificTools === 0) gapsSpecific++;
      return cell;
    }),
  );
  return { rows, columns, cells, gapsSpecific };
}

export function analyseCoverage(data: DeskData): CoverageAnalysis {
  const instr = instrumentItems(data);
  const tl = toolItems(data);
  return { normative: normative(data, instr), tools: tools(data, tl), profiles: profiles(instr, tl) };
}
