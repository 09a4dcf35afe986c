import type { NationalLevel } from '@manyi/core';
import { type SVGTemplateResult, svg } from 'lit';

// Mouth curve per level: a wide smile for 5 down to a deep frown for 1 (shape, not only colour).
const MOUTH: Record<NationalLevel, string> = {
  5: 'M30 60 Q50 82 70 60',
  4: 'M32 62 Q50 74 68 62',
  3: 'M33 66 L67 66',
  2: 'M32 70 Q50 60 68 70',
  1: 'M30 74 Q50 54 70 74',
};

/** A face drawn in SVG, decorative: the button's text label names it. */
export function face(level: NationalLevel): SVGTemplateResult {
  return svg`<svg viewBox="0 0 100 100" aria-hidden="true">
    <circle cx="50" cy="50" r="46" class="disc" />
    <circle cx="35" cy="40" r="6" class="eye" />
    <circle cx="65" cy="40" r="6" class="eye" />
    <path d=${MOUTH[level]} class="mouth" />
  </svg>`;
}
