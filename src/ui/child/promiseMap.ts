/*
 * The journey map: each promise is a place with its own picture, in order along a path.
 * Stars show how far a child has got (never a score); any place can be played again.
 * On a later day than a promise's last answers, the map first offers a check-back round
 * ("Let's remember!"): a child may play it or press "Not now" and pick a place as always.
 */
import i18next from 'i18next';
import type { ChildContext } from '../../app/appContext';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { warmWorld } from '../../app/world';
import { warmPackNarration } from '../../audio/warmNarration';
import { checkBackRound } from '../../domain/checkBack';
import { localDate } from '../../domain/localDate';
import { scenariosFor } from '../../domain/packLoader';
import { everyPromisePlayed, packProgress } from '../../domain/packProgress';
import { starsFor } from '../../domain/understanding';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { ceremonyLocked, checkBackOffer, mapHello, packWords, promiseWords } from '../spokenLines';
import { pupilInClass } from './pupilInClass';

/** Pupils who said "Not now" to today's check-back, and on which day (kept until the app is closed). */
const notNow = new Map<string, string>();

export async function promiseMap(app: ChildContext, pupilId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, klass, packId } = playing;
  const [pack, attempts] = await Promise.all([playablePack(app.repos, packId), app.repos.attemptsOf(pupilId)]);
  await app.repos.clearPlaySession();
  const progress = packProgress(pack, attempts, klass.stage);
  warmPackNarration(pack, klass.stage, i18next.language);
  warmWorld();
  const today = localDate();
  const offer =
    notNow.get(pupilId) !== today && checkBackRound(pack, attempts, klass.stage, today).length > 0
      ? checkBackInvitation(app, pupilId, pupil.displayName, () => {
          notNow.set(pupilId, today);
          offer?.remove();
          (
            journey.querySelector<HTMLElement>('[data-scan-start]') ??
            journey.querySelector<HTMLElement>('button:not(:disabled)')
          )?.focus();
          void app.caption.say(mapHello(pupil.displayName));
        })
      : undefined;
  void app.caption.say(offer ? checkBackOffer(pupil.displayName) : mapHello(pupil.displayName));

  const promises = pack.manifest.agreement.promises;
  const unfinished = (id: string) => {
    const p = progress.get(id);
    return Boolean(p && p.scenariosTotal > 0 && p.scenariosFinished < p.scenariosTotal);
  };
  // A switch user's scan begins at the next place to play, not at the first on the path.
  const startAt = promises.findIndex((p) => unfinished(p.id));
  const places = promises.map((promise, index) => {
    const playable = scenariosFor(pack, promise.id, klass.stage).length > 0;
    const p = progress.get(promise.id);
    const stars = p ? starsFor(p) : 0;
    const keyword = packText(packId, `promises.${promise.id}.keyword`);
    // The child's map shows how far they have got, never the teacher's judgement of understanding.
    const status = stars === 3 ? t('map.secure') : t('map.stars', { count: stars });
    return h(
      'li',
      { class: `map-place place-${index % 2 ? 'low' : 'high'}` },
      h(
        'button',
        {
          type: 'button',
          class: `place-button ${stars === 3 ? 'secure' : stars > 0 ? 'practising' : 'not-started'}`,
          disabled: !playable,
          'data-scan-start': index === startAt,
          'aria-label': `${index + 1}. ${keyword}. ${playable ? status : t('map.soon')}`,
          onclick: () => app.go({ name: 'play', pupilId, promiseId: promise.id }),
          onfocus: () => void app.caption.say(promiseWords(packWords(packId), promise.id)),
        },
        h('span', { class: 'place-number', 'aria-hidden': 'true' }, String(index + 1)),
        icon(promise.icon, '', 'icon big'),
        h('span', { class: 'place-keyword' }, keyword),
        h(
          'span',
          { class: 'place-stars', 'aria-hidden': 'true' },
          ...[0, 1, 2].map((i) => icon(i < stars ? 'star' : 'white-circle', '', `icon star ${i < stars ? 'won' : ''}`)),
        ),
      ),
    );
  });

  const signs = pack.manifest.agreement.kind === 'signature';
  const open = app.settings.signBeforeFinishing || everyPromisePlayed(progress);
  const finale = h(
    'li',
    { class: 'map-place finale' },
    h(
      'button',
      {
        type: 'button',
        class: `place-button finale-button ${open ? 'open' : 'locked'}`,
        'data-scan-start': startAt === -1 && open,
        'aria-label': `${t(signs ? 'map.signing' : 'map.ceremony')}${open ? '' : `. ${t('ceremony.locked')}`}`,
        onclick: () =>
          open ? app.go({ name: signs ? 'signing' : 'ceremony', pupilId }) : void app.caption.say(ceremonyLocked()),
      },
      icon(open ? (signs ? 'writing-hand' : 'red-heart') : 'locked', '', 'icon big'),
      h('span', { class: 'place-keyword' }, t(signs ? 'map.signing' : 'map.ceremony')),
    ),
  );

  const journey = h('ol', { class: 'journey' }, ...places, finale);
  return childLayout({
    title: packText(packId, 'pack.title'),
    back: {
      label: t('controls.back'),
      onClick: () => app.go(klass.stage === 'family' ? { name: 'family' } : { name: 'pupils', classId: klass.id }),
    },
    className: 'map-screen',
    body: [
      h('p', { class: 'who-is-playing' }, icon(pupil.avatar, ''), h('span', {}, pupil.displayName)),
      offer ?? null,
      journey,
      app.caption.el,
    ],
  });
}

/** "Welcome back! Let's remember!": played like any place, and the child may say "Not now". */
function checkBackInvitation(app: ChildContext, pupilId: string, name: string, onNotNow: () => void): HTMLElement {
  return h(
    'section',
    { class: 'check-back-offer', 'aria-labelledby': 'check-back-welcome' },
    icon('light-bulb', '', 'icon big'),
    h('h2', { id: 'check-back-welcome' }, t('checkBack.welcome', { name })),
    h('p', {}, t('checkBack.offer')),
    h(
      'div',
      { class: 'check-back-buttons' },
      h(
        'button',
        {
          type: 'button',
          class: 'big-button',
          'data-scan-start': true,
          onclick: () => app.go({ name: 'checkBack', pupilId }),
        },
        icon('light-bulb'),
        h('span', {}, t('checkBack.play')),
      ),
      h('button', { type: 'button', class: 'small-button', onclick: onNotNow }, t('checkBack.notNow')),
    ),
  );
}
