/**
 * A table's closing «Total» row (first cell «Total…»): it sums the rows, it is not one of them.
 * The DOCX writer keeps it together with the last rows of data; the layout review does not
 * count it as one of the rows a split table must leave on a page.
 */
export const isTotalRow = (cells: readonly string[]): boolean => /^total\b/i.test((cells[0] ?? '').trim());
