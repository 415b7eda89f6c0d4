/*
 * Play at home: choose a game and play with nothing saved, or make a one-child family
 * profile on this device (kept like a one-pupil class, deleted in one step). The grown-ups'
 * pages are here too: talk-about-it cards, the parents' agreement and where to get help.
 */
import type { AppContext } from '../../app/appContext';
import { PACK_IDS } from '../../app/content';
import { startGuestPlay } from '../../app/guestPlay';
import { t } from '../../app/i18n';
import { DisplayName } from '../../domain/records';
import { statusBox } from '../adultLayout';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { type SaveOutcome, saveOnce } from '../saveOnce';

const FAMILY_ORDER = ['eyfs-promise', 'ks1-safe', 'ks2-i-am'];

export async function familyHome(app: AppContext, real = app.repos): Promise<HTMLElement> {
  const packs = FAMILY_ORDER.filter((id) => PACK_IDS.includes(id));
  let packId = packs.includes('ks1-safe') ? 'ks1-safe' : (packs[0] ?? 'ks1-safe');
  const game = (id: string) => t(`family.packs.${id}` as 'family.packs.ks1-safe');
  const profiles = (await real.listClasses()).filter((c) => c.stage === 'family');
  const status = statusBox();

  const chooser = h(
    'div',
    { class: 'choices', role: 'radiogroup', 'aria-label': t('family.choose') },
    ...packs.map((id) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice-card family-pack',
          role: 'radio',
          'aria-checked': String(id === packId),
          onclick: (e: Event) => {
            packId = id;
            for (const b of chooser.querySelectorAll('button')) b.setAttribute('aria-checked', 'false');
            (e.currentTarget as HTMLElement).setAttribute('aria-checked', 'true');
            playNow.lastElementChild?.replaceChildren(t('family.playNow', { game: game(packId) }));
          },
        },
        h('span', { class: 'choice-label' }, game(id)),
      ),
    ),
  );

  const playAsGuest = () => app.go({ name: 'map', pupilId: startGuestPlay(app, packId) });
  const playNow = h(
    'button',
    { type: 'button', class: 'big-button', onclick: playAsGuest },
    icon('play-button'),
    h('span', {}, t('family.playNow', { game: game(packId) })),
  );

  const name = h('input', { type: 'text', id: 'family-name', maxlength: '40', autocomplete: 'off' });
  const makeProfile = async (): Promise<SaveOutcome> => {
    const parsed = DisplayName.safeParse(name.value);
    if (!parsed.success) {
      status.textContent = parsed.error.issues[0]?.message ?? '';
      return 'again';
    }
    const { pupils } = await real.createClass(
      { name: t('family.title'), stage: 'family', packId, trustedAdultsAtSchool: [] },
      [{ displayName: parsed.data, avatar: 'house' }],
    );
    app.go({ name: 'map', pupilId: (pupils[0] as { id: string }).id });
    return 'done';
  };
  const profileRows = await Promise.all(
    profiles.map(async (klass) => {
      const [pupil] = await real.listPupils(klass.id);
      if (!pupil) return null;
      return h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { type: 'button', class: 'big-button', onclick: () => app.go({ name: 'map', pupilId: pupil.id }) },
          icon(pupil.avatar),
          h('span', {}, t('family.profileFor', { name: pupil.displayName })),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            onclick: async () => {
              await real.deleteClass(klass.id);
              app.go({ name: 'family' });
            },
          },
          t('family.deleteProfile', { name: pupil.displayName }),
        ),
      );
    }),
  );

  void app.caption.say(t('family.intro'));
  return childLayout({
    title: t('family.title'),
    back: { label: t('controls.back'), onClick: () => app.go({ name: 'title' }) },
    className: 'family-screen',
    body: [
      app.caption.el,
      h('section', { class: 'signing-section' }, h('h2', {}, t('family.choose')), chooser, playNow),
      h(
        'section',
        { class: 'signing-section' },
        h('h2', {}, t('family.profileTitle')),
        h('p', {}, t('family.profileWhy')),
        ...profileRows.filter((r): r is HTMLDivElement => r !== null),
        h('label', { for: 'family-name' }, t('family.profileName')),
        name,
        h(
          'button',
          { type: 'button', class: 'small-button', onclick: saveOnce(makeProfile, (e) => app.fail(e)) },
          t('family.makeProfile'),
        ),
        status,
      ),
      h(
        'section',
        { class: 'signing-section' },
        h('h2', {}, t('family.forGrownUps')),
        h(
          'div',
          { class: 'button-row' },
          ...packs.map((id) =>
            h(
              'button',
              { type: 'button', class: 'small-button', onclick: () => app.go({ name: 'homeCards', packId: id }) },
              t('family.cards', { game: game(id) }),
            ),
          ),
          h(
            'button',
            { type: 'button', class: 'small-button', onclick: () => app.go({ name: 'parents' }) },
            t('family.parents'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'small-button',
              onclick: () => app.go({ name: 'privacy', back: { name: 'family' } }),
            },
            t('title.privacy'),
          ),
        ),
      ),
    ],
  });
}
