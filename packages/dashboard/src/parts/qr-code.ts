import { html, svg } from 'lit';
import { encode } from 'uqr';

/** A QR code as inline SVG (one path), with the quiet zone readers need; `label` names it for screen readers. */
export function qrCode(text: string, label: string) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return html`<svg role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" width="200" height="200" shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
  </svg>`;
}
