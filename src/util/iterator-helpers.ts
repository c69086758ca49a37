/**
 * The one Iterator helper this project's dependencies call that Node 20 lacks (Iterator helpers
 * shipped in Node 22): remark-docx 0.3.29 builds its numbering config with
 * `map.entries().reduce(…)`. Importing this module installs `Iterator.prototype.reduce` — on
 * the prototype every built-in iterator inherits from — when it is absent, and nothing else;
 * on Node ≥ 22 it does nothing. Behaviour follows the ECMAScript spec (Iterator.prototype.reduce,
 * ES2025): the reducer gets (accumulator, value, counter); without an initial value the first
 * value is the seed and an empty iterator is a TypeError; the iterator is closed when the
 * reducer throws.
 *
 * It replaced `core-js/actual/iterator` (16 MB installed for this one method). Which helpers
 * the dependencies call is checked by tests/util/iterator-helpers.test.ts.
 */

/** The helpers installed here (the test compares this list with what remark-docx calls). */
export const POLYFILLED_ITERATOR_HELPERS = ['reduce'] as const;

type Reducer = (accumulator: unknown, value: unknown, counter: number) => unknown;

/** %IteratorPrototype%: the prototype of the prototype of an array iterator. */
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;

function closeIterator(iterator: Iterator<unknown>): void {
  try {
    iterator.return?.();
  } catch {
    // The reducer's error is the one that propagates (IteratorClose with a throw completion).
  }
}

function reduce(this: Iterator<unknown>, reducer: Reducer, ...rest: [initialValue?: unknown]): unknown {
  if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
    throw new TypeError('Iterator.prototype.reduce called on a non-object');
  }
  if (typeof reducer !== 'function') {
    closeIterator(this);
    throw new TypeError(`${String(reducer)} is not a function`);
  }
  const next = this.next;
  let counter = 0;
  let accumulator: unknown;
  if (rest.length > 0) {
    accumulator = rest[0];
  } else {
    const first = next.call(this);
    if (first.done) throw new TypeError('Reduce of empty iterator with no initial value');
    accumulator = first.value;
    counter = 1;
  }
  for (;;) {
    const step = next.call(this);
    if (step.done) return accumulator;
    try {
      accumulator = reducer(accumulator, step.value, counter);
    } catch (e) {
      closeIterator(this);
      throw e;
    }
    counter++;
  }
}

if (typeof (iteratorPrototype as { reduce?: unknown }).reduce !== 'function') {
  Object.defineProperty(iteratorPrototype, 'reduce', { value: reduce, writable: true, configurable: true, enumerable: false });
}
