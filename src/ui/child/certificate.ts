/*
 * After signing: a certificate with the pupil's name, the date and "I am a SMART online
 * learner", printable on A4 by the browser (print CSS hides everything else).
 */
import i18next from 'i18next';
import type { ChildContext } from '../../app/appContext';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { signatureView } from '../signatureView';
import { certificateSaid, packWords } from '../spokenLines';
import { helpRoutes } from './helpRoutes';
import { pupilInClass } from './pupilInClass';

export async function certificate(app: ChildContext, pupilId: string, acknowledgementId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, packId } = playing;
  const [pack, acknowledgements] = await Promise.all([
    playablePack(app.repos, packId),
    app.repos.acknowledgementsOf(pupilId),
  ]);
  const record = acknowledgements.find((a) => a.id === acknowledgementId);
  if (!record) {
    app.go({ name: 'map', pupilId });
    return h('div');
  }
  const date = new Date(record.signedAt).toLocaleDateString(i18next.language, { dateStyle: 'long' });
  const signature = signatureView(record.signature, t('certificate.signedBy', { name: pupil.displayName, date }));
  const line = packText(packId, 'pack.certificate');
  void app.caption.say(certificateSaid(packWords(packId), pupil.displayName, date));
  return childLayout({
    title: t('certificate.title'),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'certificate-screen',
    body: [
      h(
        'article',
        { class: 'certificate' },
        icon('glowing-star', '', 'icon huge'),
        h('p', { class: 'certificate-name' }, pupil.displayName),
        h('p', { class: 'certificate-line' }, line),
        h('p', {}, packText(pack.manifest.id, 'pack.title')),
        signature,
        h('p', {}, t('certificate.signedBy', { name: pupil.displayName, date })),
        record.clockWarning ? h('p', { class: 'clock-warning' }, t('signing.clockWarning')) : null,
      ),
      app.caption.el,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'big-button', onclick: () => window.print() },
          icon('printer'),
          h('span', {}, t('certificate.print')),
        ),
        h(
          'button',
          { type: 'button', class: 'big-button', onclick: () => app.go({ name: 'map', pupilId }) },
          icon('world-map'),
          h('span', {}, t('certificate.toMap')),
        ),
      ),
      helpRoutes(),
    ],
  });
}
