/**
 * A worker process of src/pipeline/workers.ts: renders the jobs it is sent, one at a time, and
 * sends back each ProductBuild (or the error). It writes no output and scans nothing: the
 * parent does the privacy scan and the commit.
 */
import { loadProjectConfig } from '../config/project.js';
import { UserError } from '../util/errors.js';
import { PRODUCTS } from './products/index.js';
import type { WorkerReply, WorkerRequest } from './workers.js';

const send = (reply: WorkerReply) => new Promise<void>((resolve) => process.send!(reply, undefined, undefined, () => resolve()));

process.on('message', (req: WorkerRequest) => {
  void (async () => {
    try {
      const product = PRODUCTS[req.productId];
      if (!product) throw new Error(`producto desconocido: ${req.productId}`);
      const build = await product.render({ root: req.root, outRoot: req.outRoot, project: loadProjectConfig(req.root), slug: req.slug, options: req.options });
      await send({ id: req.id, ok: true, build });
    } catch (e) {
      if (e instanceof UserError) await send({ id: req.id, ok: false, user: true, message: e.message, problems: e.problems });
      else await send({ id: req.id, ok: false, user: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
