/**
 * How the npm scripts start a command: `node src/cli/launch.mjs report chihuahua` runs
 * src/cli/report.ts from one bundle of its modules and of the packages they import (esbuild)
 * instead of loading ~250 TypeScript modules one by one through tsx's loader and a few hundred
 * package modules one by one (micromark and its extensions alone are ~40 packages): ~0.7 s less for src/ and ~0.25 s for
 * the packages at the start of every command (chihuahua's report).
 * The bundle is made again whenever a file of src/ or the installed packages change (its name is
 * the hash of both) and kept in the repository's `.tmp/cache/comandos` (git-ignored). Where it
 * cannot be made (no esbuild, `DIAGNOSTICOS_CACHE=0`, a read-only checkout, a bundling error),
 * the command runs through tsx exactly as before.
 *
 * In the bundle each module of src/ keeps its own `import.meta` (dirname, filename, url):
 * modules find fonts, templates and packages (elkjs, loaded with `createRequire`) relative to
 * themselves. @napi-rs/canvas, a native addon, stays in node_modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SRC = path.resolve(import.meta.dirname, '..');
const REPO = path.dirname(SRC);
const [command, ...args] = process.argv.slice(2);
const entry = command ? path.join(SRC, 'cli', `${command}.ts`) : '';
if (!command || !/^[a-z-]+$/.test(command) || !existsSync(entry)) {
  process.stderr.write(`Orden desconocida: «${command ?? ''}». Use los comandos de npm (npm run report, npm run revisar…).\n`);
  process.exit(2);
}
// The command sees itself as started directly (`node src/cli/<orden>.ts …`).
process.argv = [process.argv[0], entry, ...args];

const bundle = await bundled();
// `--all`'s worker processes and the live loop's deck thread start from the same bundle
// (src/pipeline/workers.ts, src/write/pptx/deck-thread.ts).
if (bundle) process.env.DIAGNOSTICOS_PAQUETE = path.dirname(bundle);
await import(pathToFileURL(bundle ?? (await viaTsx())).href);

/** Registers tsx's loader in this process and returns the TypeScript entry. */
async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return entry;
}

/** The bundle of the command for the current src/ (made now if missing), or undefined. */
async function bundled() {
  if (process.env.DIAGNOSTICOS_CACHE === '0') return undefined;
  // Inside the repository whatever $DIAGNOSTICOS_CACHE says: the bundle imports the packages
  // from the node_modules beside it.
  const dir = path.join(REPO, '.tmp', 'cache', 'comandos', `${command}-${sourceHash()}`);
  const file = path.join(dir, `${command}.mjs`);
  if (existsSync(file)) return file;
  try {
    return await build(dir, file);
  } catch {
    return undefined;
  }
}

function sourceHash() {
  const hash = createHash('sha256');
  // The installed packages, as npm records them (the lockfile when npm did not): they are bundled too.
  for (const lock of [path.join(REPO, 'node_modules', '.package-lock.json'), path.join(REPO, 'package-lock.json')]) {
    if (!existsSync(lock)) continue;
    hash.update(readFileSync(lock));
    break;
  }
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else {
        hash.update(`${path.relative(SRC, file)}\0`);
        hash.update(readFileSync(file));
      }
    }
  };
  walk(SRC);
  return hash.digest('hex').slice(0, 16);
}

async function build(dir, file) {
  // esbuild comes with tsx (the version package.json pins).
  const esbuild = createRequire(import.meta.url)('esbuild');
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // Asynchronous: esbuild runs plugins only in its asynchronous API.
  const built = esbuild.build({
    entryPoints: [entry, path.join(SRC, 'pipeline', 'worker-child.ts'), path.join(SRC, 'write', 'pptx', 'deck-worker-main.ts')],
    outdir: tmp,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // A native addon cannot be bundled.
    external: ['@napi-rs/canvas'],
    // The entries (command, `--all`'s worker process, the deck's thread) share their modules in chunks.
    splitting: true,
    // Packages written in CommonJS `require` Node's modules: a `require` of the bundle's own.
    banner: { js: "import { createRequire as diagnosticosRequire } from 'node:module'; const require = diagnosticosRequire(import.meta.url);" },
    logLevel: 'silent',
    // For the stack traces of internal errors (.tmp/registro-errores): `node --enable-source-maps`
    // maps them to src/ (the sources themselves stay out of the map: it would be ~4 MB larger).
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [ownImportMeta()],
  });
  try {
    await built;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  try {
    renameSync(tmp, dir);
  } catch {
    // Another command made the same bundle meanwhile: theirs is as good.
    rmSync(tmp, { recursive: true, force: true });
  }
  dropOldBundles(path.dirname(dir), path.basename(dir));
  return existsSync(file) ? file : undefined;
}

/** The command's bundles of earlier versions of src/, once an hour has passed (a run may still use one). */
function dropOldBundles(parent, current) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(parent)) {
    if (name === current || !name.startsWith(`${command}-`)) continue;
    const old = path.join(parent, name);
    try {
      if (statSync(old).mtimeMs < hourAgo) rmSync(old, { recursive: true, force: true });
    } catch {
      // Removed by another command meanwhile.
    }
  }
}

/** Each module's `import.meta.dirname|filename|url`, written in as the module's own values. */
function ownImportMeta() {
  return {
    name: 'import-meta-del-modulo',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (a) => {
        if (!a.path.startsWith(SRC)) return undefined;
        const text = readFileSync(a.path, 'utf8')
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(a.path)))
          .replaceAll('import.meta.filename', JSON.stringify(a.path))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href));
        return { contents: text, loader: a.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
