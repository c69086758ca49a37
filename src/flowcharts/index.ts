/** Flowcharts: data → validation → elkjs layout → SVG/PNG, DOCX, native PPTX shapes, change log. */
export * from './types.js';
export { hasStateFlowcharts, loadStateFlowcharts, loadStateFlowchartLayouts, loadBaseFlowcharts, loadFlowchartFile, parseFlowchartFile, mergeVariant } from './load.js';
export { validateFlowchart } from './validate.js';
export { layoutFlowchart, layoutFlowchartForSlides, type LayoutOpts } from './layout/index.js';
export { renderSvg, renderPng, renderPngSync, type FlowStyle } from './render.js';
export { addFlowchartSlides, type FlowchartSlideOptions } from './pptx.js';
export {
  buildFlowchartsDocx, documentTitle, flowchartsMarkdown, flowchartImageResolver, flowchartSummaries, figuresMarkdown, imageUrl,
  type FlowchartFigure, type FlowchartSummary, type StateInfo,
} from './docx.js';
export {
  effectiveFontPt, layoutFlowchartForPrint, layoutPrintedPt, layoutStepPt, partPrintedPt, printedWidthTwips, printsReadably, smallestFontPx, MIN_LABEL_PT, MIN_PRINTED_PT,
} from './print.js';
export { changelogMarkdown, diffFlowcharts } from './changelog.js';
export { layoutStateFlowcharts, type StateLayouts } from './state-layouts.js';
