import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { CHART_IDS } from '../../src/analyse/types.js';
import { STAGES } from '../../src/schemas/vocabularies.js';
import { fixtureState, SECRET, segments } from '../fixtures/analyse/state.js';

const a = analyse(fixtureState());

describe('interviews', () => {
  it('counts interviews, institutions, sectors, modality and municipalities', () => {
    expect(a.interviews.total).toBe(5);
    expect(a.interviews.institutions).toBe(4);
    expect(a.interviews.bySector.map((r) => [r.key, r.n])).toEqual([['gobierno_estatal', 3], ['gobierno_federal', 1], ['osc', 1]]);
    // interviewee rules (docs/privacidad.md): 3 | 1 | 1 of 5 would pin both 1s, so all three are hidden
    expect(a.interviews.bySector.map((r) => [r.nText, r.pctText, r.suppressed])).toEqual([['3 o más', '—', true], ['menos de 3', '—', true], ['menos de 3', '—', true]]);
    expect(a.interviews.byModality.map((r) => [r.key, r.n])).toEqual([['presencial', 3], ['virtual', 2]]);
    expect(a.interviews.byModality.map((r) => r.nText)).toEqual(['3 o más', 'menos de 3']);
    expect(a.interviews.byMunicipality.map((r) => [r.label, r.n])).toEqual([['Tapachula', 3], ['Tuxtla Gutiérrez', 2]]);
    expect(a.interviews.byMunicipality.map((r) => r.nText)).toEqual(['3 o más', 'menos de 3']);
    expect(a.interviews.withQuoteConsent).toBe(3);
    expect(a.interviews.period.text).toBe('del 1 de marzo de 2026 al 31 de marzo de 2026');
    expect(a.interviews.cutDateText).toBe('31 de marzo de 2026');
    expect(a.interviews.firstDate).toBe('2026-03-02');
  });

  it('lists institutions with siglas and sector, by name and without counts (instituciones_con_conteo: false)', () => {
    expect(a.interviews.institutionCountsShown).toBe(false);
    expect(a.interviews.byInstitution.map((i) => [i.shortName, i.nText, i.sectorLabel])).toEqual([
      ['Casa Refugio Esperanza', '', 'Organización de la sociedad civil'],
      ['FGE', '', 'Gobierno estatal'],
      ['INM', '', 'Gobierno federal'],
      ['DIF', '', 'Gobierno estatal'],
    ]);
    expect(a.interviews.byInstitution.map((i) => i.id)).toEqual(['osc1', 'fge', 'inm', 'dif']);
  });

  it('with instituciones_con_conteo: count desc then name, small counts protected', () => {
    const data = fixtureState();
    const b = analyse({ ...data, project: { ...data.project, privacidad: { ...data.project.privacidad, entrevistas: { ...data.project.privacidad.entrevistas, instituciones_con_conteo: true } } } });
    // 2 | 1 | 1 | 1 of 5: every count is small
    expect(b.interviews.byInstitution.map((i) => [i.id, i.nText])).toEqual([['osc1', 'menos de 3'], ['fge', 'menos de 3'], ['inm', 'menos de 3'], ['dif', 'menos de 3']]);
  });
});

describe('segments', () => {
  it('builds the stage × valence matrix with totals and percentages', () => {
    const m = a.segments.stageByValence;
    expect(m.total).toBe(9);
    expect(m.rows.map((r) => r.key)).toEqual(Object.keys(STAGES));
    expect(m.columns.map((c) => c.key)).toEqual(['barrera', 'reto', 'avance', 'buena_practica']);
    const det = m.rows.find((r) => r.key === 'deteccion')!;
    expect(det.values).toEqual([5, 0, 1, 0]);
    expect(det.total).toBe(6);
    expect(det.pctOfRowText[0]).toBe('83.3 %');
    expect(m.colTotals).toEqual([6, 1, 1, 1]);
  });

  it('ranks codes by count, then label (ties broken alphabetically), with codebook labels', () => {
    expect(a.segments.topBarriers.map((b) => [b.code, b.label, b.n, b.interviews])).toEqual([
      ['B-CAP', 'Falta de capacitación', 3, 3],
      ['B-INT', 'Falta de intérpretes', 3, 3],
    ]);
  });

  it('quotes only consenting interviews, counts the rest as withheld', () => {
    const json = JSON.stringify(a);
    expect(json).not.toContain(SECRET);
    expect(a.segments.withheldExcerpts).toBe(3);
    const det = a.byStage.deteccion;
    expect(det.withheldExcerpts).toBe(2);
    const cap = det.barriers.find((b) => b.code === 'B-CAP')!;
    expect(cap.n).toBe(3);
    expect(cap.withheld).toBe(1);
    expect(cap.excerpts.map((e) => e.segmentId)).toEqual(['S01', 'S03']);
    // whitespace normalised, anonymised attribution by interview number (by date), no ids
    expect(cap.excerpts[0]!.text).toBe('No nos han capacitado para reconocer a una víctima.');
    expect(cap.excerpts[0]!.attribution).toBe('Persona entrevistada, gobierno estatal');
    expect(json).not.toMatch(/"attribution":"[^"]*E0\d/);
    // the good practice of a non-consenting interview is counted, never quoted
    const can = a.byStage.canalizacion;
    expect(can.goodPractices).toHaveLength(1);
    expect(can.goodPractices[0]!.excerpts).toEqual([]);
    expect(can.goodPractices[0]!.withheld).toBe(1);
  });

  it('picks stage excerpts across valences (barriers first)', () => {
    expect(a.byStage.deteccion.excerpts.map((e) => e.segmentId)).toEqual(['S01', 'S05', 'S03']);
  });

  it('crosses victim profile × stage', () => {
    const p = a.segments.profileByStage;
    expect(p.rows.map((r) => [r.key, r.total])).toEqual([['nna', 3], ['personas_migrantes', 2]]);
    expect(p.total).toBe(segments.filter((s) => s.perfil).length);
  });
});

describe('coverage', () => {
  it('orders instruments by level and builds the instrument × stage matrix', () => {
    const n = a.coverage.normative;
    expect(n.list.map((i) => i.id)).toEqual(['palermo', 'lgt', 'prot-est']);
    expect(n.matrix.rows[2]!.values.slice(0, 3)).toEqual([true, false, true]);
    expect(n.byLevel.map((r) => [r.key, r.n])).toEqual([['internacional', 1], ['federal', 1], ['estatal', 1], ['municipal', 0]]);
    expect(n.byStage.find((s) => s.stage === 'deteccion')!.n).toBe(3);
    expect(n.stagesWithout.map((s) => s.key)).toContain('valoracion');
    expect(n.list[2]!.stages).toEqual(['deteccion', 'canalizacion']); // vocabulary order
  });

  it('summarises official tools and profile coverage', () => {
    const t = a.coverage.tools;
    expect(t.total).toBe(2);
    expect(t.published).toBe(1);
    expect(t.list.map((x) => x.id)).toEqual(['t1', 't2']);
    expect(t.byUse.map((r) => r.n)).toEqual([1, 1, 0]);
    expect(t.list[1]!.institutionShort).toBe('DIF');
    const p = a.coverage.profiles;
    const nna = p.rows.findIndex((r) => r.key === 'nna');
    const lgbti = p.rows.findIndex((r) => r.key === 'lgbti');
    const can = p.columns.findIndex((c) => c.key === 'canalizacion');
    expect(p.cells[nna]![can]).toEqual({ instruments: 1, specificInstruments: 1, tools: 1, specificTools: 1, covered: true });
    expect(p.cells[lgbti]![can]!.covered).toBe(false);
  });
});

describe('statistics (suppressed)', () => {
  const s = a.statistics;
  it('filters the state, sums months and suppresses small counts', () => {
    expect(s.years).toEqual([2021, 2022, 2023, 2024]);
    expect(s.total).toEqual({ value: 47, suppressed: false, text: '47' });
    expect(s.byYear[0]!.count).toEqual({ value: null, suppressed: true, text: '<5' });
    expect(s.byYear[2]!.count.value).toBe(21);
    expect(s.bySex.map((r) => [r.label, r.count.text])).toEqual([['Mujeres', '26'], ['Hombres', '21']]);
    expect(s.anySuppressed).toBe(true);
    expect(s.periodText).toBe('2021–2024');
  });

  it('applies secondary suppression in tables and never carries a suppressed value', () => {
    const cells = [s.yearBySex, s.yearByAgeBand].flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total]);
    expect(cells.some((c) => c.suppressed)).toBe(true);
    for (const c of cells) expect(c.value === null, c.text).toBe(c.suppressed);
    // 2022: H = 3 is primary; M = 10 suppressed too so it cannot be deduced from the total 13
    expect(s.yearBySex.cells[1]!.map((c) => c.text)).toEqual(['C', '<5']);
    expect(s.yearBySex.rowTotals[1]!.text).toBe('13');
  });

  it('suppresses year × sex and year × age band together: same hidden years, series are the tables\' margins', () => {
    const sup = (cs: { suppressed: boolean }[]) => cs.map((c) => c.suppressed);
    expect(sup(s.yearByAgeBand.rowTotals)).toEqual(sup(s.yearBySex.rowTotals));
    expect(s.yearByAgeBand.rowTotals).toEqual(s.yearBySex.rowTotals);
    expect(s.yearByAgeBand.total).toEqual(s.yearBySex.total);
    expect(s.byYear.map((r) => r.count)).toEqual(s.yearBySex.rowTotals);
    expect(s.bySex.map((r) => r.count)).toEqual(s.yearBySex.colTotals);
    expect(s.byAgeBand.map((r) => r.count)).toEqual(s.yearByAgeBand.colTotals);
    expect(s.total).toEqual(s.yearBySex.total);
  });

  it('plots suppressed values as null with the confidentiality note', () => {
    const c = a.chartsById[CHART_IDS.victimsByYear]!;
    expect(c.series[0]!.values).toEqual([null, 13, 21, null]);
    expect(c.note).toMatch(/^Los valores menores que 5 se omiten por confidencialidad/);
    expect(c.alt).toContain('2021: omitido por confidencialidad');
    expect(c.source).toBe('Fuente: elaboración propia con base en SESNSP, Víctimas del fuero común, con corte al 31 de diciembre de 2025.');
  });

  it('uses the configured threshold', () => {
    const data = fixtureState();
    const b = analyse({ ...data, project: { ...data.project, privacidad: { ...data.project.privacidad, umbral_supresion: 10 } } });
    expect(b.statistics.byYear[3]!.count.text).not.toBe('11');
    expect(b.chartsById[CHART_IDS.victimsByYear]!.note).toMatch(/menores que 10/);
  });
});

describe('organisations and recommendations', () => {
  it('counts organisations by service (count desc, label asc), type and reach', () => {
    const o = a.organisations;
    expect(o.total).toBe(3);
    expect(o.byService.map((r) => [r.label, r.n])).toEqual([['Alojamiento', 2], ['Asesoría jurídica', 2], ['Alimentación', 1], ['Atención psicológica', 1]]);
    expect(o.byReach.map((r) => r.n)).toEqual([0, 1, 1, 0, 1]);
    expect(o.list.map((x) => x.name)).toEqual(['Albergue Belén', 'Asesoría Jurídica Migrante', 'Casa Refugio Esperanza']);
    expect(o.list[0]!.servicesText).toBe('Alojamiento y Alimentación');
  });

  it('orders recommendations by stage, priority, horizon and groups them', () => {
    const r = a.recommendations;
    expect(r.list.map((x) => `${x.number}:${x.id}`)).toEqual(['1:R1', '2:R2', '3:R0', '4:R3', '5:R4']);
    expect(r.list[0]!.institution).toBe('Fiscalía General del Estado');
    expect(r.byStage.map((g) => [g.key, g.n])).toEqual([['deteccion', 3], ['canalizacion', 1], ['reparacion', 1]]);
    expect(r.byInstitution[0]).toMatchObject({ key: 'dif', n: 2 });
    expect(r.byPriority.map((x) => x.n)).toEqual([2, 1, 2]);
    expect(r.priorityByStage.rows[0]!.values[0]).toBe(1);
  });
});

describe('stage and chapter bundles, headline, charts', () => {
  it('bundles every stage in vocabulary order', () => {
    expect(a.stages.map((s) => s.stage)).toEqual(Object.keys(STAGES));
    const det = a.byStage.deteccion;
    expect(det.byValence.map((v) => v.n)).toEqual([5, 0, 1, 0]);
    expect(det.instruments.map((i) => i.id)).toEqual(['palermo', 'lgt', 'prot-est']);
    expect(det.tools.map((t) => t.id)).toEqual(['t1']);
    expect(det.recommendations.map((x) => x.id)).toEqual(['R1', 'R2', 'R0']);
    expect(det.institutions.map((i) => i.id)).toEqual(['fge', 'inm']);
    expect(a.byStage.valoracion.empty).toBe(true);
    expect(a.chapters.atencion!.stages.map((s) => s.stage)).toEqual(['atencion_inmediata', 'atencion_mediano_plazo', 'atencion_largo_plazo']);
    expect(a.chapters.atencion!.segments).toBe(1);
  });

  it('computes headline figures', () => {
    const h = a.headline;
    expect(h).toMatchObject({ interviews: 5, institutions: 4, segments: 9, barriers: 6, recommendations: 5, highPriorityRecommendations: 2 });
    expect(h.stageMostBarriers).toEqual({ stage: 'deteccion', label: 'Detección', n: 5 });
    expect(h.victimsTotal.text).toBe('47');
    expect(h.bullets[0]).toBe('Se realizaron 5 entrevistas con 4 instituciones de 3 sectores, del 1 de marzo de 2026 al 31 de marzo de 2026.');
  });

  it('produces at least six complete chart specs with unique kebab-case ids', () => {
    expect(a.charts.length).toBeGreaterThanOrEqual(6);
    const ids = a.charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of a.charts) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.source).toMatch(/^Fuente: elaboración propia con base en /);
      expect(c.alt.length).toBeGreaterThan(40);
      expect(c.title && c.caption).toBeTruthy();
      for (const s of c.series) expect(s.values).toHaveLength(c.labels.length);
    }
    expect(Object.values(CHART_IDS).sort()).toEqual([...ids].sort());
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyse(fixtureState()))).toBe(JSON.stringify(a));
  });

  it('copes with an empty state', () => {
    const data = fixtureState();
    const empty = { ...data.entrevistas, rows: [], locations: [] };
    const e = analyse({
      ...data,
      entrevistas: empty as never,
      segmentos: empty as never,
      organizaciones: empty as never,
      recomendaciones: empty as never,
      estadisticas: { ...data.estadisticas, rows: [] },
    });
    expect(e.interviews.total).toBe(0);
    expect(e.statistics.hasData).toBe(false);
    expect(e.chartsById[CHART_IDS.victimsByYear]!.empty).toBe(true);
    expect(e.headline.stageMostBarriers).toBeUndefined();
  });
});
