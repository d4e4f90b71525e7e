// Loaded through import() only when the sheet shows the WeChat QR code: its own chunk.
import { generate } from 'lean-qr';

const NS = 'http://www.w3.org/2000/svg';
const QUIET = 4; // the quiet zone scanners need, in modules

/** The QR code of `text` as a PNG data URL, quiet zone included, to save on a phone. */
export function qrPngUrl(text: string): string {
  return generate(text).toDataURL({ scale: 8, padX: QUIET, padY: QUIET });
}

/** An <svg> QR code of `text`, built with DOM calls (never markup); dark on light for scanners. */
export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  const code = generate(text);
  const n = code.size + 2 * QUIET;
  let d = '';
  // Stryker disable next-line EqualityOperator: code.get() is false outside the code: one more row draws nothing
  for (let y = 0; y < code.size; y++) {
    // Stryker disable next-line EqualityOperator: code.get() is false outside the code: one more column draws nothing
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(n));
  bg.setAttribute('height', String(n));
  bg.setAttribute('fill', '#fff');
  const path = doc.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(bg, path);
  return svg;
}
