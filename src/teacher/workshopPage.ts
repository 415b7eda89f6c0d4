/*
 * Workshop night: a large QR code of this app's address (made on the device, no service) and
 * how to install the app on a phone. Parents scan it from the screen at the front of the hall.
 */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { h } from '../ui/dom';
import { teacherPage } from './teacherPage';

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as SVG built node by node (never from a markup string). */
function qrSvg(matrix: boolean[][], label: string): SVGSVGElement {
  const size = matrix.length + 8;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute(
    'd',
    matrix.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + 4} ${y + 4}h1v1h-1z`] : []))).join(''),
  );
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}

export async function workshopPage(app: AppContext): Promise<HTMLElement> {
  const { encode } = await import('uqr');
  const address = `${location.origin}${location.pathname}`;
  const qr = encode(address, { ecc: 'M', border: 0 });
  const steps = (key: 'android' | 'iphone') =>
    h('ol', {}, ...(t(`workshop.${key}`, { returnObjects: true }) as unknown as string[]).map((s) => h('li', {}, s)));
  return teacherPage(app, t('workshop.title'), { back: () => app.go({ name: 'teacher' }) }, [
    h('p', { class: 'workshop-lead' }, t('workshop.scan')),
    h('div', { class: 'qr-wrap' }, qrSvg(qr.data, t('workshop.qrLabel', { address }))),
    h('p', { class: 'workshop-address' }, address),
    h('p', {}, t('workshop.private')),
    h('section', { class: 'dash-section' }, h('h2', {}, t('workshop.androidTitle')), steps('android')),
    h('section', { class: 'dash-section' }, h('h2', {}, t('workshop.iphoneTitle')), steps('iphone')),
  ]);
}
