/** Sizes (px at 96 dpi) and spacing of a flowchart layout: the screen/slide metrics and the compact print ones. */
import type { LayoutOptions } from 'elkjs/lib/elk-api.js';

/** Sizes (px at 96 dpi) and spacing a layout is measured with. */
export interface LayoutMetrics {
  font: { size: number; lineHeight: number; labelSize: number; labelLineHeight: number; headerSize: number; headerLineHeight: number };
  /** Width of a step box and of its text inset (start/end ovals get `terminalInset`). */
  nodeW: number;
  inset: number;
  terminalInset: number;
  nodeMinH: number;
  /** Vertical padding of a box's text. */
  pad: number;
  decisionW: number;
  decisionTextW: number;
  decisionMinH: number;
  connector: number;
  labelMaxW: number;
  /** Horizontal: width of the lane-name column. */
  headerW: number;
  /** Room around a header's text (both sides together). */
  headerPad: number;
  /** Vertical: smallest width of a lane column. */
  minColumn: number;
  /** Outer margin; gap between the headers and the drawing. */
  margin: number;
  headerGap: number;
  /** From a node to the band edge. */
  minLaneGap: number;
  /** Room each side of a lane's nodes (first try) and how much it grows per retry. */
  lanePad: number;
  lanePadStep: number;
  laneAttempts: number;
  /** Gap between two nodes of one lane stacked across the flow. */
  slotGap: number;
  /** ELK spacing options. */
  elk: LayoutOptions;
}

/** The slides' (and SVG's) metrics. */
export const SCREEN_METRICS: LayoutMetrics = {
  font: { size: 12, lineHeight: 16, labelSize: 11, labelLineHeight: 14, headerSize: 12, headerLineHeight: 15 },
  nodeW: 164, inset: 10, terminalInset: 16, nodeMinH: 44, pad: 8,
  decisionW: 196, decisionTextW: 104, decisionMinH: 84,
  connector: 34, labelMaxW: 104,
  headerW: 124, headerPad: 14, minColumn: 130,
  margin: 16, headerGap: 14, minLaneGap: 10, lanePad: 18, lanePadStep: 30, laneAttempts: 4, slotGap: 28,
  elk: {
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '44',
    'elk.spacing.edgeNode': '14',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.spacing.labelNode': '6',
    'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  },
};

/**
 * Compact metrics for paper, with step boxes `nodeW` px wide: the same step text with tighter
 * line spacing, a narrow lane-name column with wrapped, slightly smaller headers, and tight ELK
 * spacing, so a part scales up on a landscape page. Labels and headers are 11.2 px: at the scale
 * that prints step text at 7 pt they print at 6.5 pt. Narrow boxes suit lanes as rows (the flow
 * runs along the page's width); wide, shorter ones lanes as columns (the flow runs down).
 */
export function printMetrics(nodeW: number): LayoutMetrics {
  const decisionW = Math.round(nodeW * 1.16);
  return {
    font: { size: 12, lineHeight: 14.5, labelSize: 11.2, labelLineHeight: 13, headerSize: 11.2, headerLineHeight: 13 },
    nodeW, inset: 7, terminalInset: 12, nodeMinH: 34, pad: 5,
    decisionW, decisionTextW: Math.round(decisionW * 0.56), decisionMinH: 56,
    connector: 26, labelMaxW: 92,
    headerW: 92, headerPad: 10, minColumn: Math.max(110, nodeW + 16),
    margin: 4, headerGap: 6, minLaneGap: 6, lanePad: 8, lanePadStep: 16, laneAttempts: 7, slotGap: 14,
    elk: {
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '22',
      'elk.spacing.edgeNode': '8',
      'elk.layered.spacing.edgeNodeBetweenLayers': '8',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      'elk.spacing.edgeLabel': '3',
      'elk.spacing.labelNode': '4',
      'elk.padding': '[top=6,left=6,bottom=6,right=6]',
    },
  };
}

/** Print metrics for lanes as rows (narrow boxes; `narrow` narrower still) and lanes as columns (wide boxes; `wide` wider still). */
export const PRINT_METRICS = { horizontal: printMetrics(128), vertical: printMetrics(176), narrow: printMetrics(106), wide: printMetrics(216) } as const;
