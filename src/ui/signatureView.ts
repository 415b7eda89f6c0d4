/* A signature as the pupil made it: their strokes redrawn, or the name they typed. */
import type { AcknowledgementRecord } from '../domain/records';
import { PAD_HEIGHT, PAD_WIDTH, signaturePath } from './child/signaturePad';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

export function signatureView(signature: AcknowledgementRecord['signature'], label: string): HTMLElement {
  if (signature.kind !== 'strokes') return h('p', { class: 'certificate-typed' }, signature.name);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`);
  svg.setAttribute('class', 'certificate-signature');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', signaturePath(signature.strokes));
  svg.append(path);
  return svg as unknown as HTMLElement;
}
