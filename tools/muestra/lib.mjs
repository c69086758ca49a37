// Utilidades de los generadores que sembraron UNA SOLA VEZ la muestra sintética de data/.
// Los CSV generados son la fuente de verdad; estos scripts solo documentan cómo se sembraron.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function prng(seed) {
  let s = seed;
  return () => {
    s |= 0; s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cell = (v) => {
  const s = Array.isArray(v) ? v.join(';') : v === true ? 'sí' : v === false ? 'no' : v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Escribe un CSV UTF-8 (sin BOM, LF) con encabezado. */
export function writeCsv(file, header, rows) {
  mkdirSync(dirname(file), { recursive: true });
  const text = [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\n') + '\n';
  writeFileSync(file, text, 'utf8');
  return rows.length;
}

const STAGE_OF = {
  DET: 'deteccion', VAL: 'valoracion', CAN: 'canalizacion', AIN: 'atencion_inmediata', AMP: 'atencion_mediano_plazo',
  ALP: 'atencion_largo_plazo', PRO: 'proteccion', MIG: 'situacion_migratoria', RET: 'retorno', JUS: 'acceso_justicia', REP: 'reparacion',
};
const VAL = { b: 'barrera', r: 'reto', a: 'avance', bp: 'buena_practica' };

/**
 * Líneas "CODIGO[@etapa]|valencia|perfil|pista|texto" → extractos.
 * valencia: b (barrera), r (reto), a (avance), bp (buena práctica); pista: grupo de institución que lo diría.
 */
export function parseExtractos(block) {
  return block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [c, v, perfil, pista, ...t] = l.split('|');
    const [codigo, etapaExplicita] = c.split('@');
    const etapa = etapaExplicita ?? STAGE_OF[codigo.split('-')[0]];
    if (!etapa || !VAL[v] || t.length !== 1) throw new Error('línea mal formada: ' + l);
    return { codigo, etapa, valencia: VAL[v], perfil, pista, texto: t[0].trim() };
  });
}

/** Asigna cada extracto a una entrevista del grupo indicado por su pista (la que tenga menos extractos). */
export function asignar(extractos, entrevistas, rnd, prefijo, codificadores) {
  const carga = new Map(entrevistas.map((e) => [e.id, 0]));
  const coder = new Map(entrevistas.map((e, i) => [e.id, codificadores[i % codificadores.length]]));
  const out = [];
  const orden = extractos.map((x, i) => [rnd(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => extractos[i]);
  for (const x of orden) {
    let cand = x.pista ? entrevistas.filter((e) => e.grupos.includes(x.pista)) : entrevistas;
    // la academia y las organizaciones observan todo el mecanismo: a veces dicen lo que diría otra institución
    if (['osc', 'dh', 'int', 'cie'].includes(x.pista) && rnd() < 0.15) cand = entrevistas.filter((e) => e.grupos.includes('acad'));
    if (!cand.length) cand = entrevistas;
    const min = Math.min(...cand.map((e) => carga.get(e.id)));
    const best = cand.filter((e) => carga.get(e.id) <= min + 1);
    const e = best[Math.floor(rnd() * best.length)];
    carga.set(e.id, carga.get(e.id) + 1);
    out.push({ entrevista_id: e.id, codigo: x.codigo, etapa: x.etapa, valencia: x.valencia, perfil: x.perfil, extracto: x.texto, codificador: coder.get(e.id) });
  }
  out.sort((a, b) => (a.entrevista_id < b.entrevista_id ? -1 : a.entrevista_id > b.entrevista_id ? 1 : 0));
  return out.map((s, i) => ({ segmento_id: `${prefijo}-S${String(i + 1).padStart(4, '0')}`, ...s }));
}
