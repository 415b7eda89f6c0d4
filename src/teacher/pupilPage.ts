/*
 * One pupil, for their teacher: per promise, the level of understanding and the evidence behind
 * it (which questions, when, right first time or not, which ones the level rests on, and any
 * wrong belief held); every answer; every promise or signature (with the exact wording, ticks,
 * trusted adults and signature); and changing or deleting the pupil.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { packText, t } from '../app/i18n';
import { playablePack } from '../app/playablePack';
import { AVATARS } from '../domain/avatars';
import { checkBackStatus } from '../domain/checkBack';
import type { LessonPack, Stage } from '../domain/lessonPack';
import { localDate } from '../domain/localDate';
import { packProgress } from '../domain/packProgress';
import { questionsOf } from '../domain/questions';
import { type AcknowledgementRecord, type AttemptRecord, DisplayName } from '../domain/records';
import { h, icon } from '../ui/dom';
import { signatureView } from '../ui/signatureView';
import { evidenceDate, levelBadge } from './classDashboard';
import { confirmByTyping } from './confirmByTyping';
import { errorBox, field, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';

const when = (iso: string) =>
  new Date(iso).toLocaleString(i18next.language, { dateStyle: 'medium', timeStyle: 'short' });

export function agreementView(ack: AcknowledgementRecord, itemName: (id: string) => string): HTMLElement {
  const tp = (key: string, vars?: Record<string, string>) =>
    t(`teacher.pupilPage.${key}` as 'teacher.pupilPage.none', vars);
  return h(
    'article',
    { class: 'agreement-record' },
    h('p', {}, tp('signedOn', { date: when(ack.signedAt), version: ack.agreementVersion, language: ack.language })),
    ack.clockWarning ? h('p', { class: 'form-error' }, tp('clock')) : null,
    h('ol', { class: 'wording' }, ...ack.wording.map((line) => h('li', {}, line))),
    h('p', {}, `${tp('ticked')}: ${ack.itemsTicked.map(itemName).join('; ') || '—'}`),
    ack.itemsToDiscuss.length ? h('p', {}, `${tp('toDiscuss')}: ${ack.itemsToDiscuss.map(itemName).join('; ')}`) : null,
    h(
      'p',
      {},
      tp('adults', {
        school: ack.trustedAdults.school.join(', ') || '—',
        home: ack.trustedAdults.home.join(', ') || '—',
      }),
    ),
    ack.signature.kind === 'profile-name'
      ? h('p', {}, tp('profile', { name: ack.signature.name }))
      : h('div', {}, h('p', {}, tp('signature')), signatureView(ack.signature, tp('signature'))),
  );
}

/** Per promise: the level, the wrong beliefs held, and every first-try answer behind it, newest first. */
function understandingView(pack: LessonPack, stage: Stage, attempts: readonly AttemptRecord[]): HTMLElement {
  const packId = pack.manifest.id;
  const tp = (key: string, vars?: Record<string, string>) =>
    t(`teacher.pupilPage.${key}` as 'teacher.pupilPage.none', vars);
  const question = (scenarioId: string, stepId: string) => {
    const scenario = pack.scenarios.find((s) => s.id === scenarioId);
    const q = scenario && questionsOf(scenario).find((x) => x.id === stepId);
    if (!scenario || !q) return `${scenarioId} / ${stepId}`;
    const asked = `${packText(packId, `scenarios.${scenarioId}.title`)}: ${packText(packId, q.promptKey)}`;
    return scenario.checkBack ? `${asked} (${tp('checkBackQuestion')})` : asked;
  };
  const progress = packProgress(pack, attempts, stage);
  const checkBack = checkBackStatus(pack, attempts, stage, localDate());
  return h(
    'div',
    { class: 'pupil-understanding' },
    h(
      'p',
      { class: 'check-back-status' },
      checkBack.lastDoneAt ? tp('checkBackDone', { date: evidenceDate(checkBack.lastDoneAt) }) : tp('checkBackNone'),
      checkBack.waiting ? ` ${tp('checkBackWaiting')}` : '',
    ),
    h('p', {}, tp('judgedHelp')),
    ...pack.manifest.agreement.promises.map((promise) => {
      const p = progress.get(promise.id);
      const level = p?.understanding ?? 'not-started';
      return h(
        'article',
        { class: 'promise-evidence' },
        h(
          'h3',
          {},
          icon(promise.icon, ''),
          h('span', {}, packText(packId, `promises.${promise.id}.keyword`)),
          h('span', { class: `level state-${level}` }, ...levelBadge(level, p?.latestEvidenceAt)),
        ),
        ...(p?.misconceptions ?? []).map((m) =>
          h(
            'p',
            { class: 'belief' },
            m.misconceptionId
              ? tp('belief', { belief: packText(packId, `misconceptions.${m.misconceptionId}`) })
              : tp('choseTwice', { answer: m.answerText, count: String(m.times) }),
          ),
        ),
        p?.evidence.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'answers' },
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    ...['question', 'time', 'rightFirstTime', 'judged'].map((k) => h('th', { scope: 'col' }, tp(k))),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  ...p.evidence
                    .slice()
                    .reverse()
                    .map((e) =>
                      h(
                        'tr',
                        { class: e.judged ? 'judged' : '' },
                        h('td', {}, question(e.scenarioId, e.stepId)),
                        h('td', {}, when(e.at)),
                        h('td', {}, tp(e.correct ? 'yes' : 'no')),
                        h('td', {}, e.judged ? tp('yes') : '—'),
                      ),
                    ),
                ),
              ),
            )
          : h('p', {}, tp('none')),
      );
    }),
  );
}

export async function pupilPage(app: AppContext, pupilId: string): Promise<HTMLElement> {
  const pupil = await app.repos.getPupil(pupilId);
  const klass = pupil && (await app.repos.getClass(pupil.classId));
  if (!pupil || !klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  const [pack, attempts, acks, classes] = await Promise.all([
    playablePack(app.repos, klass.packId),
    app.repos.attemptsOf(pupilId),
    app.repos.acknowledgementsOf(pupilId),
    app.repos.listClasses(),
  ]);
  const packId = pack.manifest.id;
  const itemName = (id: string) => packText(packId, `promises.${id}.keyword`);
  const answers = attempts.length
    ? h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'answers' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['time', 'promise', 'scenario', 'answer', 'right', 'firstTry'].map((k) =>
                h('th', { scope: 'col' }, t(`teacher.pupilPage.${k}` as 'teacher.pupilPage.time')),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...attempts
              .slice()
              .reverse()
              .map((a) =>
                h(
                  'tr',
                  {},
                  h('td', {}, when(a.at)),
                  h('td', {}, a.packId === packId ? itemName(a.promiseId) : a.promiseId),
                  h('td', {}, a.packId === packId ? packText(packId, `scenarios.${a.scenarioId}.title`) : a.scenarioId),
                  h('td', {}, a.answerText),
                  h('td', {}, t(a.correct ? 'teacher.pupilPage.yes' : 'teacher.pupilPage.no')),
                  h('td', {}, t(a.firstTry ? 'teacher.pupilPage.yes' : 'teacher.pupilPage.no')),
                ),
              ),
          ),
        ),
      )
    : h('p', {}, t('teacher.pupilPage.none'));

  const name = h('input', { type: 'text', value: pupil.displayName, maxlength: '40', autocomplete: 'off' });
  const move = h(
    'select',
    {},
    ...classes.map((c) => h('option', { value: c.id, selected: c.id === klass.id }, c.name)),
  );
  const avatar = h(
    'select',
    {},
    ...AVATARS.map((a) => h('option', { value: a, selected: a === pupil.avatar }, a.replace(/-/g, ' '))),
  );
  const preview = icon(pupil.avatar, '', 'icon big');
  avatar.addEventListener('change', () => {
    preview.src = `icons/${avatar.value}.svg`;
  });
  const error = errorBox();
  const status = statusBox();
  const edit = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('teacher.pupilPage.name'), name),
    field(t('teacher.pupilPage.moveTo'), move),
    h('div', { class: 'avatar-field' }, field(t('teacher.pupilPage.avatar'), avatar), preview),
    error,
    status,
    h('button', { type: 'submit', class: 'primary' }, t('teacher.pupilPage.save')),
  );
  edit.addEventListener('submit', async (event) => {
    event.preventDefault();
    const parsed = DisplayName.safeParse(name.value);
    if (!parsed.success) {
      error.textContent = parsed.error.issues[0]?.message ?? '';
      return;
    }
    await app.repos.updatePupil(pupilId, { displayName: parsed.data, classId: move.value, avatar: avatar.value });
    error.textContent = '';
    status.textContent = t('teacher.pupilPage.saved');
  });

  return teacherPage(app, pupil.displayName, { back: () => app.go({ name: 'class', classId: klass.id }) }, [
    h(
      'section',
      { class: 'dash-section' },
      h('h2', {}, t('teacher.pupilPage.agreements')),
      ...(acks.length
        ? acks
            .slice()
            .reverse()
            .map((ack) => agreementView(ack, itemName))
        : [h('p', {}, t('teacher.pupilPage.none'))]),
      acks.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => app.go({ name: 'print', classId: klass.id, pupilId }),
            },
            t('teacher.pupilPage.print'),
          )
        : null,
    ),
    h(
      'section',
      { class: 'dash-section' },
      h('h2', {}, t('teacher.pupilPage.understanding')),
      understandingView(pack, klass.stage, attempts),
    ),
    h('section', { class: 'dash-section' }, h('h2', {}, t('teacher.pupilPage.answers')), answers),
    h('details', { class: 'dash-section' }, h('summary', {}, t('teacher.pupilPage.edit')), edit),
    confirmByTyping({
      summary: t('teacher.pupilPage.delete'),
      warning: t('teacher.pupilPage.deleteWarning', { name: pupil.displayName }),
      label: t('teacher.pupilPage.typeName'),
      expected: pupil.displayName,
      button: t('teacher.pupilPage.deleteForever'),
      mismatch: t('teacher.pupilPage.mismatch'),
      onConfirm: async () => {
        await app.repos.deletePupils([pupilId]);
        app.go({ name: 'class', classId: klass.id });
      },
    }),
  ]);
}
