/*
 * Signed agreements to print on A4 (one pupil, or the whole class, one pupil per page): the
 * exact wording signed, ticks, trusted adults, signature, date, class, and next to each
 * statement (or KS1 promise) the level of understanding the pupil had shown when signing, with
 * the date of that evidence and the rule that judged it, as kept with the record (a record made
 * before levels were kept says its levels were worked out from the answers). Printing is the browser's own (print to
 * paper or to PDF); nothing leaves the device.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { packText, t } from '../app/i18n';
import { playablePack } from '../app/playablePack';
import { agreedBeforeSecure } from '../domain/agreement';
import { beliefIndex, signedLevels } from '../domain/packProgress';
import type { AcknowledgementRecord, AttemptRecord } from '../domain/records';
import { h } from '../ui/dom';
import { levelBadges } from './classDashboard';
import { agreementView } from './pupilPage';
import { teacherPage } from './teacherPage';

export async function printAgreements(app: AppContext, classId: string, pupilId?: string): Promise<HTMLElement> {
  const klass = await app.repos.getClass(classId);
  if (!klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  const [pack, records] = await Promise.all([playablePack(app.repos, klass.packId), app.repos.classRecords(classId)]);
  const itemName = (id: string) => packText(pack.manifest.id, `promises.${id}.keyword`);
  const pupils = records.pupils.filter((p) => !pupilId || p.id === pupilId);
  const attemptsOf = new Map<string, AttemptRecord[]>();
  for (const a of records.attempts) {
    const list = attemptsOf.get(a.pupilId);
    if (list) list.push(a);
    else attemptsOf.set(a.pupilId, [a]);
  }
  const beliefs = beliefIndex(pack);
  const badge = levelBadges();
  const levelsAtSigning = (ack: AcknowledgementRecord) => {
    const { levels, stored } = signedLevels(ack, pack, attemptsOf.get(ack.pupilId) ?? [], klass.stage, { beliefs });
    const early = new Set(agreedBeforeSecure(ack, levels));
    return h(
      'div',
      { class: 'print-levels' },
      h('h3', {}, t('teacher.print.levelsTitle', { version: String(levels.ruleVersion) })),
      stored ? null : h('p', { class: 'levels-recomputed' }, t('teacher.print.recomputed')),
      h(
        'ul',
        {},
        ...levels.items.map((item) =>
          h(
            'li',
            {},
            h('strong', {}, `${itemName(item.id)}: `),
            h('span', { class: `level state-${item.level}` }, ...badge(item.level, item.evidenceAt ?? undefined)),
            early.has(item.id) ? h('span', { class: 'not-yet-secure' }, ` (${t('teacher.print.notYetSecure')})`) : null,
          ),
        ),
      ),
    );
  };
  const pages = pupils.map((pupil) => {
    const latest = records.acknowledgements
      .filter((a) => a.pupilId === pupil.id)
      .sort((a, b) => a.signedAt.localeCompare(b.signedAt))
      .at(-1);
    return h(
      'section',
      { class: 'agreement-page' },
      h('h2', {}, packText(pack.manifest.id, 'pack.title')),
      h('p', {}, t('teacher.print.school', { klass: klass.name })),
      h('p', { class: 'print-pupil' }, t('teacher.print.pupil', { name: pupil.displayName })),
      latest
        ? h(
            'div',
            {},
            h(
              'p',
              {},
              t('teacher.print.date', {
                date: new Date(latest.signedAt).toLocaleDateString(i18next.language, { dateStyle: 'long' }),
              }),
            ),
            agreementView(latest, itemName),
            levelsAtSigning(latest),
            h(
              'p',
              { class: 'print-hash' },
              t('teacher.print.wordingVersion', {
                version: latest.agreementVersion,
                hash: latest.wordingHash.slice(0, 16),
              }),
            ),
          )
        : h('p', {}, t('teacher.print.notSigned', { name: pupil.displayName })),
    );
  });
  return teacherPage(
    app,
    t('teacher.print.title'),
    { back: () => app.go(pupilId ? { name: 'pupil', pupilId } : { name: 'class', classId }) },
    [
      h(
        'div',
        { class: 'button-row no-print' },
        h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('teacher.print.printNow')),
      ),
      ...(pages.length ? pages : [h('p', {}, t('teacher.print.none'))]),
    ],
  );
}
