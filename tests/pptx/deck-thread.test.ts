/**
 * The live loop builds the deck in a worker thread (src/write/pptx/deck-thread.ts): the same
 * bytes as in this thread, the same Spanish error for the analyst's mistakes.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadStateFlowchartLayouts } from '../../src/flowcharts/index.js';
import { loadState } from '../../src/load/state.js';
import { UserError } from '../../src/util/errors.js';
import { deckInWorker, startDeck, workerAnswers } from '../../src/write/pptx/deck-thread.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
afterAll(() => deckInWorker(false));

describe('the deck in a worker thread', () => {
  it('gives the bytes this thread gives, rebuild after rebuild', async () => {
    const data = await loadState('chihuahua', { root: ROOT });
    const analysis = analyse(data);
    const flowcharts = await loadStateFlowchartLayouts('chihuahua', { root: ROOT });
    deckInWorker(false);
    const here = await startDeck(analysis, data, flowcharts)();
    deckInWorker(true);
    const before = workerAnswers();
    const first = await startDeck(analysis, data, flowcharts)();
    const second = await startDeck(analysis, data, flowcharts)();
    expect(workerAnswers() - before).toBe(2);
    expect(first.equals(here)).toBe(true);
    expect(second.equals(here)).toBe(true);
  }, 120_000);

  it('reports a mistake in the deck template as the same Spanish error', async () => {
    const data = await loadState('chihuahua', { root: ROOT });
    const broken = { ...data, project: { ...data.project, presentacion: { ...data.project.presentacion, plantilla: 'templates/presentacion/no-existe.yaml' } } };
    const analysis = analyse(data);
    deckInWorker(false);
    const here = await startDeck(analysis, broken, [])().then(() => undefined, (e: unknown) => e);
    expect(here).toBeInstanceOf(UserError);
    deckInWorker(true);
    const before = workerAnswers();
    const there = await startDeck(analysis, broken, [])().then(() => undefined, (e: unknown) => e);
    expect(workerAnswers() - before).toBe(1);
    expect(there).toBeInstanceOf(UserError);
    expect((there as UserError).message).toBe((here as UserError).message);
    expect((there as UserError).problems).toEqual((here as UserError).problems);
  }, 120_000);
});
