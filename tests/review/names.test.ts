/**
 * #13 «one name per institution throughout»: `npm run revisar` reports an institution defined in
 * the state's data (the CIE of estado.yaml, instituciones.csv, siglas.yaml) written under another
 * name — another acronym, a shortened official name, the short form stretched into a third name,
 * an acronym before its definition — with where it is (chapter › section, slide); the report
 * defines every institution's acronym at its first use.
 */
import { describe, expect, it } from 'vitest';
import { applyAcronyms } from '../../src/render/markdown/siglas.js';
import { acronymBeforeDefinition, institutionsOf, nameVariants, reviewNames, type InstitutionData } from '../../src/review/names.js';
import { twinBlocks } from '../../src/review/twin.js';

const CIE = 'Comisión Interinstitucional para el Combate de la Trata de Personas del Estado de Chiapas';
const DATA: InstitutionData = {
  cie: { nombre: CIE, siglas: 'CICTP' },
  instituciones: [
    // the CIE's own row, with another acronym and a qualifier: the same institution
    { id: 'CHS-CIE', nombre: `${CIE} (Secretaría Técnica)`, siglas: 'CIE' },
    { id: 'CHS-FGE', nombre: 'Fiscalía General del Estado de Chiapas', siglas: 'FGE' },
    { id: 'CHS-FCTP', nombre: 'Fiscalía contra la Trata de Personas, Fiscalía General del Estado de Chiapas', siglas: 'FCTP' },
    { id: 'CHS-DIF', nombre: 'Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas', siglas: 'DIF Chiapas' },
  ],
  siglas: { DIF: 'Sistema para el Desarrollo Integral de la Familia', NNA: 'niñas, niños y adolescentes' },
};
const list = institutionsOf(DATA);
const at = (text: string, where = 'capítulo 4 «Mapeo institucional» › 4.1 Presentación') => nameVariants([{ text, where }], list);

describe('institutionsOf', () => {
  it('merges the CIE of estado.yaml with its row of instituciones.csv; the other acronym and the generic «CIE» are variants', () => {
    const cie = list.find((i) => i.names[0] === CIE)!;
    expect(cie.short).toBe('CICTP');
    expect(cie.variants).toEqual(['CIE']);
    expect(cie.names).toContain(`${CIE} (Secretaría Técnica)`);
    // «niñas, niños y adolescentes» is not an institution
    expect(list.some((i) => i.short === 'NNA')).toBe(false);
  });
});

describe('nombres.variante', () => {
  it('the official name, the declared acronym and a qualified name («…, Fiscalía General…») pass', () => {
    expect(at(`La ${CIE} (CICTP) coordina; la CICTP sesiona con la FGE, la FCTP y el DIF Chiapas.`)).toEqual([]);
    expect(at('La Fiscalía contra la Trata de Personas, Fiscalía General del Estado de Chiapas (FCTP) investiga.')).toEqual([]);
  });

  it('reports the generic «CIE» for a CIE declared as «CICTP», where it is', () => {
    const f = at('Se acordó con el CIE una ruta común.');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'nombres.variante', severity: 'error', where: 'capítulo 4 «Mapeo institucional» › 4.1 Presentación' });
    expect(f[0]!.message).toContain('«CIE» nombra aquí a');
    expect(f[0]!.message).toContain('«CICTP»');
  });

  it('reports the official name followed by another acronym', () => {
    const f = at(`La ${CIE} (CEDT) coordina.`);
    expect(f.map((x) => x.message).join('\n')).toContain(`«${CIE} (CEDT)»: la sigla declarada de esta institución es «CICTP»`);
  });

  it('reports a shortened official name, on a slide too', () => {
    const f = nameVariants([{ text: 'La Comisión Interinstitucional para el Combate de la Trata de Personas es la instancia de coordinación.', where: 'presentación de Chiapas, diapositiva 7' }], list);
    expect(f).toHaveLength(1);
    expect(f[0]!.where).toBe('presentación de Chiapas, diapositiva 7');
    expect(f[0]!.message).toContain('no es el nombre oficial de');
  });

  it('reports a short form stretched with words of the official name («Consejo Estatal contra la Trata de Personas»)', () => {
    const consejo = 'Consejo para la Prevención, Combate y Erradicación de la Trata de Personas y Protección, Atención y Asistencia a las Víctimas del Estado de Chihuahua';
    const l = institutionsOf({ cie: { nombre: consejo, siglas: 'Consejo Estatal' }, instituciones: [], siglas: {} });
    const f = nameVariants([{ text: 'Protocolo estatal (protocolo; Consejo Estatal contra la Trata de Personas; 2021).', where: 'capítulo 3' }], l);
    expect(f.map((x) => x.message).join('\n')).toContain('«Consejo Estatal contra la Trata de Personas» mezcla la forma corta declarada');
    expect(nameVariants([{ text: 'El Consejo Estatal sesiona en Ciudad Juárez.', where: 'capítulo 3' }], l)).toEqual([]);
  });
});

describe('nombres.sigla-antes-de-definir', () => {
  const md = (first: string) => `# Resumen ejecutivo\n\n${first}\n\n# Mapeo institucional\n\nLa coordinación corresponde a la ${CIE} (CICTP).\n`;

  it('reports an acronym used in running text before the text says which institution it is', () => {
    const f = acronymBeforeDefinition(twinBlocks(md('La CICTP aprobó la ruta.')), list);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'nombres.sigla-antes-de-definir', where: 'capítulo 1 «Resumen ejecutivo»' });
    expect(f[0]!.message).toContain(`«${CIE} (CICTP)»`);
  });

  it('passes once the first use gives the name, and ignores tables and glossaries', () => {
    expect(acronymBeforeDefinition(twinBlocks(md(`La ${CIE} (CICTP) aprobó la ruta.`)), list)).toEqual([]);
    expect(acronymBeforeDefinition(twinBlocks(md('| Institución |\n|---|\n| CICTP |\n\n- **CICTP**: Comisión.')), list)).toEqual([]);
  });

  it('the report defines each institution at its first use: «Nombre (SIGLA)», in brackets inside parentheses, not inside a longer short form', () => {
    const siglas = { CICTP: CIE, DIF: 'Sistema para el Desarrollo Integral de la Familia', 'DIF Chiapas': 'Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas', FGE: 'Fiscalía General del Estado de Chiapas' };
    const { markdown } = applyAcronyms('# Uno\n\nResponsable: CICTP; después, la CICTP.\n\n- Guía de entrevista (FGE); publicada: sí.\n\nEl DIF Chiapas atiende.\n\nEl DIF nacional coordina.\n', siglas);
    expect(markdown).toContain(`Responsable: ${CIE} (CICTP); después, la CICTP.`);
    expect(markdown).toContain('- Guía de entrevista (Fiscalía General del Estado de Chiapas \\[FGE\\]); publicada: sí.');
    expect(markdown).toContain('El Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas (DIF Chiapas) atiende.\n\nEl Sistema para el Desarrollo Integral de la Familia (DIF) nacional coordina.');
    expect(reviewNames(twinBlocks(markdown), list)).toEqual([]);
  });
});
