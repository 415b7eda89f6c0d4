/*
 * The promise ceremony (KS1 and EYFS): each promise is shown, heard and stamped; then the
 * child picks their trusted adults at school and at home, and hears "My name is …". Nothing
 * is saved until "I promise!", and then as one record, so a half ceremony leaves no trace.
 * Every completion is a new record: replaying the ceremony never overwrites the last one.
 */
import i18next from 'i18next';
import * as z from 'zod/mini';
import type { AppContext } from '../../app/appContext';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { narrator } from '../../audio/narrator';
import type { Spoken } from '../../audio/spoken';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { type SaveOutcome, saveOnce } from '../saveOnce';
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
import { clearDraft, keysOf, labelsOf, loadDraft, saveDraft } from './drafts';
import { prepareAgreement } from './prepareAgreement';
import { pupilInClass } from './pupilInClass';

const CeremonyDraft = z.object({
  step: z.enum(['promise', 'school', 'home', 'name']),
  stamped: z.int().check(z.minimum(0)),
  school: z.array(z.string()),
  home: z.array(z.string()),
});
type CeremonyDraft = z.infer<typeof CeremonyDraft>;

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
  // Work in progress (stamps, adults, where the child is) comes back after a language switch,
  // "Tell a grown-up" or a reload, until the promise is saved.
  const schoolOptions = schoolAdults(klass);
  const homeOptions = homeAdults();
  const draft = loadDraft('ceremony', pupilId, CeremonyDraft);
  const school = new Set<string>(labelsOf(schoolOptions, draft?.school ?? []));
  const home = new Set<string>(labelsOf(homeOptions, draft?.home ?? []));
  let stamped = Math.min(draft?.stamped ?? 0, promises.length);
  for (let i = 0; i < stamped; i++) stamps.children[i]?.classList.add('stamped');
  const keep = (step: CeremonyDraft['step']) =>
    saveDraft('ceremony', pupilId, {
      step,
      stamped,
      school: keysOf(schoolOptions, school),
      home: keysOf(homeOptions, home),
    } satisfies CeremonyDraft);
  const hear = (spoken: Spoken) => narrator.hear(spoken, i18next.language);
  const say = (spoken: Spoken) => void app.caption.say(spoken);

  const bigButton = (label: string, iconName: string, onClick: (event: Event) => void) =>
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
    keep('promise');
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
        stamped = Math.max(stamped, index + 1);
        showPromise(index + 1);
      }),
    );
  };

  const pickAdults = (where: 'school' | 'home') => {
    const heading = t(where === 'school' ? 'ceremony.schoolAdults' : 'ceremony.homeAdults');
    const chosen = where === 'school' ? school : home;
    keep(where);
    const note = h('p', { class: 'ceremony-note', role: 'status' });
    show(
      [
        h('h2', { class: 'ceremony-question' }, heading),
        adultPicker(heading, where === 'school' ? schoolOptions : homeOptions, chosen, hear, () => keep(where)),
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
    keep('name');
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
      bigButton(
        t('ceremony.promise'),
        'red-heart',
        saveOnce(save, (e) => app.fail(e)),
      ),
    );
  };

  const save = async (): Promise<SaveOutcome> => {
    const wording = [text('pack.intro'), ...promises.map((p) => text(`promises.${p.id}.text`))];
    const prepared = await prepareAgreement(app, pupil, pack, klass.stage, {
      wording,
      answers: new Map(promises.map((p) => [p.id, 'agree'] as const)),
      trustedAdults: { school: [...school], home: [...home] },
      signature: { kind: 'profile-name', name: pupil.displayName },
    });
    if (!prepared.ok) {
      pickAdults('school');
      return 'again';
    }
    try {
      await app.repos.addAcknowledgement(prepared.record);
    } catch {
      stage.append(h('p', { class: 'ceremony-note', role: 'alert' }, t('ceremony.notSaved')));
      say(ceremonyNotSaved());
      return 'again';
    }
    clearDraft('ceremony', pupilId);
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
    return 'done';
  };

  const screen = childLayout({
    title: t('ceremony.title'),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'ceremony-screen',
    body: [stamps, stage, app.caption.el, actions],
  });
  if (draft?.step === 'promise') showPromise(stamped);
  else if (draft?.step === 'school' || draft?.step === 'home') pickAdults(draft.step);
  else if (draft?.step === 'name') sayName();
  else
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
