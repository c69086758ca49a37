/**
 * The report's page, shared by the DOCX writer and the flowcharts' print layout: page size,
 * margins and text box (portrait and landscape), and the size an image is given on it. Both
 * sides use this one arithmetic, so the flowchart search can predict exactly how large its
 * text will print once the DOCX writer has placed the image.
 */
import type { ProjectConfig } from '../../config/project.js';

/** Twips (1/1440 inch). */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Text width in portrait / landscape sections. */
  textWidth: number;
  landscapeTextWidth: number;
  textHeight: number;
  landscapeTextHeight: number;
}

const PAGE_SIZES = { carta: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } } as const;

export function pageGeometry(style: ProjectConfig['estilo']): PageGeometry {
  const { width, height } = PAGE_SIZES[style.docx.tamano_pagina];
  const margin = { top: 1418, right: 1304, bottom: 1304, left: 1304, header: 624, footer: 567 };
  return {
    width,
    height,
    margin,
    textWidth: width - margin.left - margin.right,
    landscapeTextWidth: height - margin.left - margin.right,
    textHeight: height - margin.top - margin.bottom,
    landscapeTextHeight: width - margin.top - margin.bottom,
  };
}

/** Twips per pixel at 96 dpi. */
export const TWIPS_PER_PX = 1440 / 96;

/**
 * Largest share of the text height an image may take, leaving room for its caption and source:
 * 70 % of a portrait page; 80 % of a landscape one (a shorter page, the same caption).
 */
export const IMAGE_MAX_HEIGHT_SHARE = { portrait: 0.7, landscape: 0.8 } as const;

/**
 * Display size (px at 96 dpi) of an image of `width`×`height` px (its 1× size): it fits the
 * text box — the landscape one inside a `<!-- horizontal -->` block — with room for a caption,
 * and is never enlarged.
 */
export function imageDisplaySize(img: { width: number; height: number }, geometry: PageGeometry, landscape: boolean): { width: number; height: number; scale: number } {
  const maxW = (landscape ? geometry.landscapeTextWidth : geometry.textWidth) / TWIPS_PER_PX;
  const maxH = landscape
    ? (geometry.landscapeTextHeight * IMAGE_MAX_HEIGHT_SHARE.landscape) / TWIPS_PER_PX
    : (geometry.textHeight * IMAGE_MAX_HEIGHT_SHARE.portrait) / TWIPS_PER_PX;
  const scale = Math.min(1, maxW / img.width, maxH / img.height);
  return { width: Math.round(img.width * scale), height: Math.round(img.height * scale), scale };
}
