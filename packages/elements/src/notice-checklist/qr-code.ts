// Imported only when a notice is issued (see notice-checklist.ts): the encoder is a third of the
// checklist's weight, and the self-check mode never draws a QR code.
import { type SVGTemplateResult, svg } from 'lit';
import { encode } from 'uqr';

// The quiet zone QR readers need around the symbol, in modules (ISO/IEC 18004 asks for 4).
const QUIET = 4;

/** The dark modules of a QR code for `text` as one SVG path (a run of modules per rectangle), and its size. */
export function qrPath(text: string): { d: string; size: number } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { d, size };
}

/** The QR code as an SVG image, drawn dark on light whatever the colour scheme, so it always scans. */
export function qrCode(text: string, label: string): SVGTemplateResult {
  const { d, size } = qrPath(text);
  const box = size + 2 * QUIET;
  return svg`<svg part="qr" class="qr" role="img" aria-label=${label} data-content=${text}
      viewBox=${`${-QUIET} ${-QUIET} ${box} ${box}`} shape-rendering="crispEdges">
    <rect class="qr-light" x=${-QUIET} y=${-QUIET} width=${box} height=${box}></rect>
    <path class="qr-dark" d=${d}></path>
  </svg>`;
}
