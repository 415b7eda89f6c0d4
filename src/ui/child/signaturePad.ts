/*
 * A signature drawn with a finger, a pen or the mouse. Points are kept in a 1000 × 300 box
 * whatever the pad's size on screen, so a printout can redraw them exactly.
 */
import type { Stroke } from '../../domain/records';
import { h } from '../dom';

export const PAD_WIDTH = 1000;
export const PAD_HEIGHT = 300;

export interface SignaturePad {
  el: HTMLCanvasElement;
  strokes: () => Stroke[];
  clear: () => void;
}

/**
 * @param drawn strokes already made (a draft kept across a reload or a language switch)
 * @param onChange called when a stroke ends or the pad is cleared
 */
export function signaturePad(label: string, drawn: Stroke[] = [], onChange: () => void = () => {}): SignaturePad {
  const canvas = h('canvas', {
    class: 'signature-pad',
    width: PAD_WIDTH,
    height: PAD_HEIGHT,
    role: 'img',
    'aria-label': label,
  });
  const pen = canvas.getContext('2d');
  const strokes: Stroke[] = [];
  let current: Stroke | null = null;
  const line = (from: [number, number], to: [number, number]) => {
    if (!pen) return;
    pen.lineWidth = 6;
    pen.lineCap = 'round';
    pen.strokeStyle = '#1d2433';
    pen.beginPath();
    pen.moveTo(...from);
    pen.lineTo(...to);
    pen.stroke();
  };
  for (const stroke of drawn.slice(0, 200)) {
    strokes.push([...stroke]);
    for (let i = 1; i < stroke.length; i++) line(stroke[i - 1] as [number, number], stroke[i] as [number, number]);
  }

  const point = (e: PointerEvent): [number, number] => {
    const r = canvas.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * PAD_WIDTH;
    const y = ((e.clientY - r.top) / r.height) * PAD_HEIGHT;
    return [Math.round(Math.min(Math.max(x, 0), PAD_WIDTH)), Math.round(Math.min(Math.max(y, 0), PAD_HEIGHT))];
  };
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    current = [point(e)];
    strokes.push(current);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!current || !pen || current.length >= 5000) return;
    const last = current[current.length - 1] as [number, number];
    const next = point(e);
    current.push(next);
    line(last, next);
  });
  const end = () => {
    if (current) onChange();
    current = null;
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  return {
    el: canvas,
    strokes: () => strokes.filter((s) => s.length >= 2).slice(0, 200),
    clear: () => {
      strokes.length = 0;
      pen?.clearRect(0, 0, PAD_WIDTH, PAD_HEIGHT);
      onChange();
    },
  };
}

/** The same strokes as an SVG path, for the certificate and the printed agreement. */
export function signaturePath(strokes: Stroke[]): string {
  return strokes.map((s) => s.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ')).join(' ');
}
