/**
 * Output bytes must not depend on the fonts a machine has (#14, "hermetic bytes"). A machine
 * with Open Sans (another version), Arial or DejaVu installed is simulated by registering other
 * typefaces under those family names in this process: chart PNGs, flowchart layouts (their text
 * is measured) and flowchart PNGs must come out the same bytes as before.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { CHART_IDS } from '../../src/analyse/types.js';
import { loadProjectConfig } from '../../src/config/project.js';
import { layoutFlowchart, loadStateFlowcharts, renderPng } from '../../src/flowcharts/index.js';
import { renderChartPng } from '../../src/render/charts/index.js';
import { measureText } from '../../src/render/text/index.js';
import { fixtureState, project } from '../fixtures/analyse/state.js';

const IMPOSTORS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
].filter((f) => existsSync(f));
const FAMILIES = ['Open Sans', 'sans-serif', 'serif', 'Arial', 'Helvetica', 'Liberation Sans', 'DejaVu Sans', 'system-ui'];

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function fingerprint() {
  const a = analyse(fixtureState());
  const charts = await Promise.all(
    [CHART_IDS.interviewsBySector, CHART_IDS.segmentsStageValence, CHART_IDS.victimsYearSex].map((id) => renderChartPng(a.chartsById[id]!, project.estilo)),
  );
  const style = loadProjectConfig().estilo;
  const [flowchart] = loadStateFlowcharts('chihuahua');
  const layout = await layoutFlowchart(flowchart!);
  const png = await renderPng(layout, layout.parts[0]!, style, 1);
  return {
    charts: charts.map(sha),
    layout: sha(Buffer.from(JSON.stringify(layout))),
    flowchartPng: sha(png),
    width: measureText('Canalización y atención — Fiscalía Especializada', 14, true),
  };
}

describe('output bytes do not depend on the machine fonts', () => {
  it.skipIf(IMPOSTORS.length === 0)('charts, flowchart layouts and PNGs are identical with look-alike families installed', async () => {
    const before = await fingerprint();
    for (const file of IMPOSTORS) for (const family of FAMILIES) expect(GlobalFonts.registerFromPath(file, family)).toBeTruthy();
    expect(GlobalFonts.has('Open Sans')).toBe(true);
    const after = await fingerprint();
    expect(after).toEqual(before);
  });
});
