/**
 * Shared CLI runner: Spanish messages, no stack trace for the user's mistakes, non-zero exit
 * on any error. Bugs (anything that is not a UserError) still print their stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError, formatUserError } from '../util/errors.js';
import { listStates, loadStateConfig, statesWithProduct } from '../load/state.js';

export function parseCli<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  // Every command answers --help / -h / --ayuda with its usage, whatever options it declares.
  const args = config.args ?? process.argv.slice(2);
  if (args.some((a) => a === '--help' || a === '-h' || a === '--ayuda')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'([^']+)'/.exec(err.message)?.[1];
    const messages: Record<string, string> = {
      ERR_PARSE_ARGS_UNKNOWN_OPTION: `opción desconocida: ${option ?? ''}`,
      ERR_PARSE_ARGS_INVALID_OPTION_VALUE: `valor no válido para la opción ${option ?? ''}`,
      ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: `argumento inesperado: ${option ?? ''}`,
    };
    throw new UserError(`${messages[err.code ?? ''] ?? 'argumentos no válidos'}\n${usage}`);
  }
}

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${formatUserError(e)}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`Error interno (por favor, repórtelo al equipo de desarrollo):\n${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The states a command works on: the ones named, each checked against data/, or with --all
 * every state that has the given product (all states when no product is given).
 */
export function selectStates(opts: { positionals: string[]; all: boolean; root: string; usage: string; product?: string }): string[] {
  const known = listStates(opts.root);
  if (opts.all) {
    const states = opts.product ? statesWithProduct(opts.product, opts.root) : known;
    if (states.length === 0) throw new UserError(`No hay estados${opts.product ? ` con el producto «${opts.product}»` : ''} en data/ (carpetas con estado.yaml).`);
    return states;
  }
  if (opts.positionals.length === 0) throw new UserError(`Indique un estado o --all (el --all va después de «--»: npm run <comando> -- --all).\n${opts.usage}`);
  for (const s of opts.positionals) {
    if (known.includes(s) && opts.product && !(loadStateConfig(s, opts.root).productos as string[]).includes(opts.product)) {
      throw new UserError(`El estado «${s}» no tiene el producto «${opts.product}» en data/${s}/estado.yaml (productos: ${loadStateConfig(s, opts.root).productos.join(', ')}).`);
    }
    if (!known.includes(s)) throw new UserError(`No existe el estado «${s}». Estados disponibles: ${known.join(', ') || '(ninguno)'}. Escriba el nombre de la carpeta de data/ tal cual (minúsculas, sin acentos); para crear un estado nuevo vea «Añadir un estado» en docs/guia-analistas.md.`);
  }
  return opts.positionals;
}
