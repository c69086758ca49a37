import { describe, expect, it } from 'vitest';
import { loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { FIXTURES, ROOT, STATES } from './helpers.js';

describe('base + state variant merge', () => {
  it('overrides lanes and steps by id, adds steps and transitions, removes transitions', () => {
    const [fc] = loadStateFlowcharts('prueba', { root: FIXTURES });
    expect(fc!.id).toBe('prueba/lgbti');
    expect(fc!.estado).toBe('prueba');
    expect(fc!.version).toBe('2');
    expect(fc!.estatus).toBe('validado_cie');
    expect(fc!.titulo).toBe('Prueba');
    expect(fc!.carriles.map((l) => [l.id, l.nombre])).toEqual([['a', 'Carril A'], ['b', 'Carril B renombrado'], ['c', 'Carril C']]);
    const uno = fc!.pasos.find((s) => s.id === 'uno')!;
    expect(uno).toMatchObject({ carril: 'b', texto: 'Paso uno modificado', plazo: '24 horas', tipo: 'proceso' });
    expect(uno.origin).toEqual({ file: 'data/prueba/flujogramas/lgbti.yaml', line: 12 });
    expect(fc!.pasos.map((s) => s.id)).toEqual(['inicio', 'decide', 'uno', 'fin', 'dos']);
    expect(fc!.transiciones.map((t) => `${t.de}>${t.a}`)).toEqual(['inicio>decide', 'decide>uno', 'decide>fin', 'uno>dos', 'dos>fin']);
    expect(fc!.files).toEqual(['data/comun/flujogramas/lgbti.yaml', 'data/prueba/flujogramas/lgbti.yaml']);
  });

  it('the shipped states load, validate and differ from each other', () => {
    const byState = new Map(STATES.map((s) => [s, loadStateFlowcharts(s, { root: ROOT })]));
    for (const [s, list] of byState) {
      expect(list.length, s).toBeGreaterThanOrEqual(4);
      for (const fc of list) expect(fc.estado).toBe(s);
    }
    const nnam = (s: string) => byState.get(s)!.find((f) => f.perfil === 'nna_migrantes_no_acompanados')!;
    expect(nnam('chiapas').carriles.find((l) => l.id === 'consulado')!.nombre).toContain('Guatemala y Honduras');
    expect(nnam('chihuahua').pasos.some((p) => p.id === 'reunificacion')).toBe(true);
    expect(nnam('baja-california').carriles.find((l) => l.id === 'inm')!.nombre).toContain('Tijuana');
    const tabasco = byState.get('tabasco')!;
    expect(tabasco.every((f) => f.estatus === 'borrador')).toBe(true);
    expect(nnam('tabasco').pasos.length).toBeLessThan(nnam('chiapas').pasos.length);
    expect(nnam('tabasco').pasos.some((p) => p.id === 'retorno')).toBe(false);
  });
});
