/*
 * The promise ceremony (KS1 and EYFS): each promise is shown, heard and stamped; then the
 * child picks their trusted adults at school and at home, and hears "My name is …". Nothing
 * is saved until "I promise!", and then as one record, so a half ceremony leaves no trace.
 * Every completion is a new record: replaying the ceremony never overwrites the last one.
 */
import i18next from 'i18next';
import type { AppContext } from '../../app/appContext';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { narrator } from '../../audio/narrator';
import type { Spoken } from '../../audio/spoken';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import {
  adultsQuestion,
  ceremonyDone,
  ceremonyIntro,
  ceremonyNotSaved,
  myName,
  pickOneAdult,
  promiseWords,
} from '../spokenLines';
import { adultPicker, homeAdults, schoolAdults } from './adultPicker';
import { prepareAgreement } from './prepareAgreement';
import { pupilInClass } from './pupilInClass';

export async function ceremony(app: AppContext, pupilId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, klass, packId } = playing;
  const pack = await playablePack(app.repos, packId);
  const promises = pack.manifest.agreement.promises;
  const text = (key: string) => packText(packId, key);
  const stage = h('div', { class: 'ceremony-stage' });
  const actions = h('div', { class: 'actions' });
  const stamps = h(
    'ol',
    { class: 'stamp-row', 'aria-hidden': 'true' },
    ...promises.map((p) => h('li', {}, icon(p.icon, '', 'icon'))),
  );
  const school = new Set<string>();
  const home = new Set<string>();
  const hear = (spoken: Spoken) => narrator.hear(spoken, i18next.language);
  const say = (spoken: Spoken) => void app.caption.say(spoken);

  const bigButton = (label: string, iconName: string, onClick: () => void) =>
    h('button', { type: 'button', class: 'big-button', onclick: onClick }, icon(iconName), h('span', {}, label));
  const show = (body: HTMLElement[], line: Spoken, ...buttons: HTMLElement[]) => {
    stage.replaceChildren(...body);
    actions.replaceChildren(...buttons);
    say(line);
    // The first thing to do: a grown-up's picture to pick before "Next", else the main button.
    narrator.focusQuietly(stage.querySelector('button') ?? actions.querySelector('button'));
  };

  const showPromise = (index: number) => {
    const promise = promises[index];
    if (!promise) return pickAdults('school');
    const words = text(`promises.${promise.id}.text`);
    const badge = icon(promise.icon, '', 'icon huge');
    show(
      [
        h('p', { class: 'ceremony-count' }, t('ceremony.promiseOf', { n: index + 1, total: promises.length })),
        h('div', { class: 'promise-card' }, badge, h('p', { class: 'promise-words' }, words)),
      ],
      promiseWords(text, promise.id),
      bigButton(t('ceremony.stamp'), 'check-mark-button', () => {
        badge.classList.add('stamped');
        stamps.children[index]?.classList.add('stamped');
        showPromise(index + 1);
      }),
    );
  };

  const pickAdults = (where: 'school' | 'home') => {
    const heading = t(where === 'school' ? 'ceremony.schoolAdults' : 'ceremony.homeAdults');
    const chosen = where === 'school' ? school : home;
    const note = h('p', { class: 'ceremony-note', role: 'status' });
    show(
      [
        h('h2', { class: 'ceremony-question' }, heading),
        adultPicker(heading, where === 'school' ? schoolAdults(klass) : homeAdults(), chosen, hear),
        note,
      ],
      adultsQuestion(where),
      bigButton(t('controls.next'), 'right-arrow', () => {
        if (chosen.size === 0) {
          note.textContent = t('ceremony.pickOne');
          say(pickOneAdult());
        } else if (where === 'school') pickAdults('home');
        else sayName();
      }),
    );
  };

  const sayName = () => {
    const line = t('ceremony.myName', { name: pupil.displayName });
    show(
      [
        h(
          'div',
          { class: 'promise-card' },
          icon(pupil.avatar, '', 'icon huge'),
          h('p', { class: 'promise-words' }, line),
        ),
      ],
      myName(pupil.displayName),
      bigButton(t('ceremony.promise'), 'red-heart', () => void save()),
    );
  };

  const save = async () => {
    const wording = [text('pack.intro'), ...promises.map((p) => text(`promises.${p.id}.text`))];
    const prepared = await prepareAgreement(app, pupil, pack, {
      wording,
      answers: new Map(promises.map((p) => [p.id, 'agree'] as const)),
      trustedAdults: { school: [...school], home: [...home] },
      signature: { kind: 'profile-name', name: pupil.displayName },
    });
    if (!prepared.ok) return pickAdults('school');
    try {
      await app.repos.addAcknowledgement(prepared.record);
    } catch {
      stage.append(h('p', { class: 'ceremony-note', role: 'alert' }, t('ceremony.notSaved')));
      say(ceremonyNotSaved());
      return;
    }
    show(
      [
        h(
          'div',
          { class: 'promise-card done' },
          icon('glowing-star', '', 'icon huge'),
          stamps.cloneNode(true) as HTMLElement,
        ),
      ],
      ceremonyDone(pupil.displayName),
      bigButton(t('controls.map'), 'world-map', () => app.go({ name: 'map', pupilId })),
      bigButton(t('ceremony.again'), 'counterclockwise-arrows-button', () => app.go({ name: 'ceremony', pupilId })),
    );
  };

  const screen = childLayout({
    title: t('ceremony.title'),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'ceremony-screen',
    body: [stamps, stage, app.caption.el, actions],
  });
  show(
    [
      h(
        'div',
        { class: 'promise-card' },
        icon('sparkles', '', 'icon huge'),
        h('p', { class: 'promise-words' }, text('pack.title')),
      ),
    ],
    ceremonyIntro(),
    bigButton(t('controls.next'), 'right-arrow', () => showPromise(0)),
  );
  return screen;
}
