// Sembró UNA SOLA VEZ la muestra sintética data/comun/sesnsp-muestra.csv (no se vuelve a ejecutar
// en el flujo normal: el CSV es la fuente de verdad que editan las personas analistas).
// Formato idéntico al archivo nacional "Víctimas del fuero común" del SESNSP: ISO-8859-1,
// CRLF, sin comillas. Las cifras son SINTÉTICAS (no proceden del archivo real).
// Uso: node tools/muestra/sesnsp.mjs
import { writeFileSync } from 'node:fs';

// PRNG determinista (mulberry32)
let seed = 20261124;
function rnd() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const MESES = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];
const ANIOS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

// Totales anuales sintéticos de víctimas de trata (orden de magnitud plausible, distintos de los reales).
const ESTADOS = [
  { clave: 2, nombre: 'Baja California', totales: [28, 19, 25, 14, 23, 47, 66, 58, 71, 36],
    pesos: { MM: 3, MA: 9, ME: 1, HM: 1, HA: 3, HE: 0.4, NI: 0.5 } },
  { clave: 7, nombre: 'Chiapas', totales: [142, 97, 52, 41, 17, 9, 6, 8, 4, 5],
    pesos: { MM: 4, MA: 10, ME: 1, HM: 2, HA: 2, HE: 0.3, NI: 0.6 } },
  { clave: 8, nombre: 'Chihuahua', totales: [26, 39, 28, 55, 72, 37, 27, 58, 41, 46],
    pesos: { MM: 5, MA: 6, ME: 0.6, HM: 3, HA: 5, HE: 0.4, NI: 0.5 } },
  { clave: 9, nombre: 'Ciudad de México', totales: [312, 281, 204, 131, 188, 102, 84, 151, 139, 108],
    pesos: { MM: 3, MA: 11, ME: 1.5, HM: 1, HA: 3, HE: 0.6, NI: 1 } },
  { clave: 27, nombre: 'Tabasco', totales: [7, 3, 11, 5, 2, 9, 4, 13, 6, 8],
    pesos: { MM: 3, MA: 6, ME: 0.5, HM: 1, HA: 2, HE: 0.2, NI: 0.4 } },
];
const CELDAS = [
  ['MM', 'Mujer', 'Menores de edad (0-17)'],
  ['MA', 'Mujer', 'Adultos (18 y más)'],
  ['ME', 'Mujer', 'No especificado'],
  ['HM', 'Hombre', 'Menores de edad (0-17)'],
  ['HA', 'Hombre', 'Adultos (18 y más)'],
  ['HE', 'Hombre', 'No especificado'],
  ['NI', 'No identificado', 'No identificado'],
];

/** Reparte n unidades entre k casillas con pesos (multinomial). */
function reparte(n, pesos) {
  const out = pesos.map(() => 0);
  const s = pesos.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    let r = rnd() * s, j = 0;
    while (r > pesos[j] && j < pesos.length - 1) { r -= pesos[j]; j++; }
    out[j]++;
  }
  return out;
}
function meses(n) {
  // concentración irregular: los casos suelen llegar en grupos (operativos)
  const pesos = MESES.map(() => (rnd() < 0.35 ? 0.2 : 0.5 + rnd() * 2));
  return reparte(n, pesos);
}
const fila = (anio, e, bien, tipo, sub, mod, sexo, edad, m) =>
  [anio, e.clave, e.nombre, bien, tipo, sub, mod, sexo, edad, ...m].join(',');

const lineas = ['Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,' + MESES.join(',')];
const resumen = {};
for (const anio of ANIOS) {
  for (const e of ESTADOS) {
    const total = e.totales[ANIOS.indexOf(anio)];
    const porCelda = reparte(total, CELDAS.map(([k]) => e.pesos[k]));
    resumen[`${e.nombre} ${anio}`] = total;
    // filas ajenas a la trata (el importador debe omitirlas)
    lineas.push(fila(anio, e, 'La vida y la Integridad corporal', 'Homicidio', 'Homicidio doloso', 'Con arma de fuego', 'Hombre', 'Adultos (18 y más)', meses(Math.round(40 + rnd() * 400))));
    lineas.push(fila(anio, e, 'La vida y la Integridad corporal', 'Homicidio', 'Homicidio doloso', 'Con arma blanca', 'Mujer', 'Adultos (18 y más)', meses(Math.round(rnd() * 25))));
    CELDAS.forEach(([, sexo, edad], i) => {
      lineas.push(fila(anio, e, 'La sociedad', 'Corrupción de menores', 'Corrupción de menores', 'Corrupción de menores', sexo, edad, meses(i === 0 || i === 3 ? Math.round(rnd() * 12) : Math.round(rnd() * 2))));
      lineas.push(fila(anio, e, 'La sociedad', 'Trata de personas', 'Trata de personas', 'Trata de personas', sexo, edad, meses(porCelda[i])));
    });
    lineas.push(fila(anio, e, 'Libertad personal', 'Tráfico de menores', 'Tráfico de menores', 'Tráfico de menores', 'Mujer', 'Menores de edad (0-17)', meses(Math.round(rnd() * 3))));
  }
}
const texto = lineas.join('\r\n') + '\r\n';
writeFileSync(new URL('../../data/comun/sesnsp-muestra.csv', import.meta.url), Buffer.from(texto, 'latin1'));
console.log(JSON.stringify(resumen, null, 1));
