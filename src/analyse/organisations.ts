/** Mapping of organisations that protect and assist victims (type, services, reach, cost…). */
import type { StateData } from '../load/types.js';
import { COST, DURATION, ORGANISATION_TYPES, PROFILES, REACH, SERVICES } from '../schemas/vocabularies.js';
import { formatDate, formatList } from '../util/format-es.js';
import { compareLabels, labelOr, nominalRows, ordinalRows, tally } from './common.js';
import type { OrganisationItem, OrganisationsAnalysis } from './types.js';

const inVocabOrder = <T extends string>(vocab: Record<string, string>, keys: T[]): T[] => {
  const order = Object.keys(vocab);
  return [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

export function analyseOrganisations(data: StateData): OrganisationsAnalysis {
  const rows = data.organizaciones.rows;
  const total = rows.length;
  const list: OrganisationItem[] = rows
    .map((o) => {
      const services = inVocabOrder(SERVICES, o.servicios);
      const population = inVocabOrder(PROFILES, o.poblacion_objetivo);
      const serviceLabels = services.map((s) => labelOr(SERVICES, s));
      const populationLabels = population.map((p) => PROFILES[p]);
      return {
        id: o.id,
        name: o.nombre,
        type: o.tipo,
        typeLabel: labelOr(ORGANISATION_TYPES, o.tipo),
        services,
        serviceLabels,
        servicesText: formatList(serviceLabels),
        reach: o.alcance,
        reachLabel: labelOr(REACH, o.alcance),
        municipalities: o.municipios,
        municipalitiesText: formatList(o.municipios),
        duration: o.duracion,
        durationLabel: labelOr(DURATION, o.duracion),
        cost: o.costo,
        costLabel: labelOr(COST, o.costo),
        population,
        populationLabels,
        populationText: formatList(populationLabels),
        ...(o.contacto_institucional ? { contact: o.contacto_institucional } : {}),
      };
    })
    .sort((a, b) => compareLabels(a.name, b.name) || compareLabels(a.id, b.id));
  const cut = data.config.cortes.organizaciones;
  return {
    total,
    ...(cut ? { cutDate: cut, cutDateText: formatDate(cut) } : {}),
    byType: nominalRows(tally(rows.map((o) => o.tipo)), (k) => labelOr(ORGANISATION_TYPES, k), total),
    // percentages: share of organisations offering the service
    byService: nominalRows(tally(rows.flatMap((o) => o.servicios)), (k) => labelOr(SERVICES, k), total),
    byPopulation: nominalRows(tally(rows.flatMap((o) => o.poblacion_objetivo)), (k) => labelOr(PROFILES, k), total),
    byReach: ordinalRows(REACH, tally(rows.map((o) => o.alcance)), total),
    byCost: ordinalRows(COST, tally(rows.map((o) => o.costo)), total),
    byDuration: ordinalRows(DURATION, tally(rows.map((o) => o.duracion)), total),
    list,
  };
}
