/** The privacy review of one state (npm run privacy): load, analyse, and report what is protected. */
import { analyse } from '../analyse/index.js';
import { loadState } from '../load/state.js';
import { loadRoster } from '../privacy/roster.js';
import { privacyReportForState } from '../privacy/report.js';
import { todayIso } from '../privacy/retention.js';

export async function reviewStatePrivacy(slug: string, opts: { root: string; today?: string; sesnspFile?: string }) {
  const data = await loadState(slug, { root: opts.root, sesnspFile: opts.sesnspFile });
  return privacyReportForState(data, { today: opts.today ?? todayIso(), roster: loadRoster(slug, opts.root), analysis: analyse(data) });
}
