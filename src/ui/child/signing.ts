/*
 * Signing the KS2 agreement. Every statement can be heard, and is either ticked ("I agree")
 * or marked "Talk to my teacher first" (recorded, and shown to the teacher). Then trusted
 * adults, then a signature: drawn with a finger, pen or mouse, or typed by keyboard users.
 * A switch user can neither draw nor type: with scanning on they may sign with their own name
 * from the class list, recorded as exactly that ('profile-name'), never as drawn or typed.
 * Beside each statement: what the pupil has shown of it so far (the understanding level, with
 * the date of that evidence), never a bar to agreeing or signing.
 * Nothing is written until every check passes, and then as one record (never half of one).
 */
import i18next from 'i18next';
import * as z from 'zod/mini';
import type { AppContext } from '../../app/appContext';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { narrator } from '../../audio/narrator';
import type { Spoken } from '../../audio/spoken';
import type { Answer } from '../../domain/agreement';
import { packProgress } from '../../domain/packProgress';
import { type AcknowledgementRecord, Stroke } from '../../domain/records';
import { StorageError } from '../../domain/storageProblem';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { type SaveOutcome, saveOnce } from '../saveOnce';
import { signingIntro, signingNotSaved, signingProblem, statementSaid } from '../spokenLines';
import { adultPicker, homeAdults, schoolAdults } from './adultPicker';
import { clearDraft, keysOf, labelsOf, loadDraft, saveDraft } from './drafts';
import { helpRoutes } from './helpRoutes';
import { prepareAgreement } from './prepareAgreement';
import { pupilInClass } from './pupilInClass';
import { signaturePad } from './signaturePad';

const SigningDraft = z.object({
  answers: z.array(z.tuple([z.string(), z.enum(['agree', 'discuss'])])),
  school: z.array(z.string()),
  home: z.array(z.string()),
  other: z.string(),
  typing: z.boolean(),
  typed: z.string(),
  strokes: z.array(Stroke),
  byName: z.boolean(),
});
type SigningDraft = z.infer<typeof SigningDraft>;

export async function signing(app: AppContext, pupilId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, klass, packId } = playing;
  const [pack, attempts] = await Promise.all([playablePack(app.repos, packId), app.repos.attemptsOf(pupilId)]);
  const progress = packProgress(pack, attempts, klass.stage);
  const shown = (id: string) => {
    const p = progress.get(id);
    const level = t(`teacher.dash.states.${p?.understanding ?? 'not-started'}`);
    const date = p?.latestEvidenceAt
      ? new Date(p.latestEvidenceAt).toLocaleDateString(i18next.language, { dateStyle: 'medium' })
      : '';
    return h(
      'p',
      { class: 'statement-level' },
      t('signing.shown', { level }),
      date ? h('span', {}, ` · ${date}`) : null,
    );
  };
  const items = pack.manifest.agreement.promises;
  const text = (key: string) => packText(packId, key);
  const statement = (id: string) => `${text(`promises.${id}.keyword`)} – ${text(`promises.${id}.text`)}`;
  const hear = (spoken: Spoken) => narrator.hear(spoken, i18next.language);
  // Work in progress comes back after a language switch, "Tell a grown-up" or a reload.
  const schoolOptions = schoolAdults(klass);
  const homeOptions = homeAdults();
  const draft = loadDraft('signing', pupilId, SigningDraft);
  const answers = new Map<string, Answer>(draft?.answers.filter(([id]) => items.some((i) => i.id === id)));
  const school = new Set<string>(labelsOf(schoolOptions, draft?.school ?? []));
  const home = new Set<string>(labelsOf(homeOptions, draft?.home ?? []));
  const now = new Date();
  let keep = () => {};

  const remaining = h('p', { class: 'signing-remaining', 'aria-live': 'polite' });
  const countLeft = () => {
    const left = items.length - answers.size;
    remaining.textContent = left ? t('signing.left', { count: left }) : t('signing.allAnswered');
  };
  const list = h(
    'ol',
    { class: 'statements' },
    ...items.map((item) => {
      const choice = (answer: Answer, label: string) =>
        h(
          'label',
          { class: `statement-choice choice-${answer}` },
          h('input', {
            type: 'radio',
            name: `statement-${item.id}`,
            value: answer,
            checked: answers.get(item.id) === answer,
            onchange: () => {
              answers.set(item.id, answer);
              countLeft();
              keep();
            },
          }),
          h('span', {}, label),
        );
      return h(
        'li',
        { class: 'statement' },
        icon(item.icon, '', 'icon big'),
        h(
          'div',
          { class: 'statement-words' },
          h('strong', {}, text(`promises.${item.id}.keyword`)),
          h('span', {}, ` – ${text(`promises.${item.id}.text`)}`),
          shown(item.id),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'hear-button',
            'aria-label': `${t('signing.hear')}: ${text(`promises.${item.id}.keyword`)}`,
            onclick: () => void app.caption.say(statementSaid(text, item.id)),
          },
          icon('speaker-high-volume'),
        ),
        h(
          'fieldset',
          { class: 'statement-answer' },
          h('legend', { class: 'visually-hidden' }, text(`promises.${item.id}.keyword`)),
          choice('agree', t('signing.agree')),
          choice('discuss', t('signing.discuss')),
        ),
      );
    }),
  );
  countLeft();

  const other = h('input', {
    type: 'text',
    id: 'other-adult',
    maxlength: 40,
    autocomplete: 'off',
    oninput: () => keep(),
  });
  other.value = draft?.other ?? '';
  const pad = signaturePad(t('signing.signHere'), draft?.strokes ?? [], () => keep());
  const typed = h('input', {
    type: 'text',
    id: 'typed-name',
    maxlength: 40,
    autocomplete: 'off',
    oninput: () => keep(),
  });
  typed.value = draft?.typed ?? '';
  const typedField = h(
    'div',
    { class: 'typed-signature', hidden: true },
    h('label', { for: 'typed-name' }, t('signing.typedLabel')),
    typed,
  );
  const drawField = h(
    'div',
    { class: 'drawn-signature' },
    h('p', {}, t('signing.signHere')),
    pad.el,
    h('button', { type: 'button', class: 'small-button', onclick: () => pad.clear() }, t('signing.clear')),
  );
  let typing = false;
  const showTyping = (on: boolean) => {
    typing = on;
    typedField.hidden = !typing;
    drawField.hidden = typing;
    switchMode.textContent = typing ? t('signing.drawInstead') : t('signing.typeInstead');
  };
  const switchMode = h('button', {
    type: 'button',
    class: 'small-button',
    onclick: () => {
      showTyping(!typing);
      keep();
      // Scanning never enters a text box, and waits while focus is in one: a switch user would be stuck there.
      if (typing && !app.settings.switchScanning) typed.focus();
    },
  });
  showTyping(draft?.typing ?? false);
  const otherWays = h('div', { class: 'other-signatures' }, drawField, typedField, switchMode);
  let byName = false;
  const nameSignature = h('p', { class: 'certificate-typed', hidden: true }, pupil.displayName);
  const signWithName = app.settings.switchScanning
    ? h(
        'button',
        {
          type: 'button',
          class: 'big-button sign-with-name',
          'aria-pressed': 'false',
          onclick: () => {
            byName = !byName;
            signWithName?.setAttribute('aria-pressed', String(byName));
            nameSignature.hidden = !byName;
            otherWays.hidden = byName;
            keep();
          },
        },
        icon(pupil.avatar),
        h('span', {}, t('signing.signWithName')),
      )
    : null;

  if (draft?.byName && signWithName) signWithName.click();
  keep = () =>
    saveDraft('signing', pupilId, {
      answers: [...answers],
      school: keysOf(schoolOptions, school),
      home: keysOf(homeOptions, home),
      other: other.value,
      typing,
      typed: typed.value,
      strokes: pad.strokes(),
      byName,
    } satisfies SigningDraft);

  const problem = h('p', { class: 'signing-problem', role: 'alert' });
  const sign = async (): Promise<SaveOutcome> => {
    const extra = other.value.trim();
    const prepared = await prepareAgreement(app, pupil, pack, klass.stage, {
      wording: [text('pack.intro'), ...items.map((i) => statement(i.id)), text('pack.declaration')],
      answers,
      trustedAdults: { school: [...school], home: extra ? [...home, extra] : [...home] },
      signature: byName
        ? { kind: 'profile-name', name: pupil.displayName }
        : typing
          ? { kind: 'typed', name: typed.value.trim() }
          : { kind: 'strokes', strokes: pad.strokes() },
    });
    if (!prepared.ok) {
      const left = prepared.items?.length ?? 0;
      const problemKey = signWithName && prepared.problem === 'no-signature' ? 'no-signature-name' : prepared.problem;
      problem.textContent = t(`signing.problems.${problemKey}`, { count: left });
      void app.caption.say(signingProblem(problemKey, left));
      return 'again';
    }
    let saved: AcknowledgementRecord;
    try {
      saved = await app.repos.addAcknowledgement(prepared.record);
    } catch (error) {
      // Everything the pupil filled in stays on the page, so Sign can simply be pressed again.
      const full = error instanceof StorageError && error.kind === 'full';
      problem.textContent = t('signing.notSaved');
      if (full)
        problem.append(
          h('span', { class: 'for-teacher' }, ` ${t('problem.forTeacher')}: ${t('problem.whenFull.signing')}`),
        );
      void app.caption.say(signingNotSaved());
      return 'again';
    }
    clearDraft('signing', pupilId);
    app.go({ name: 'certificate', pupilId, acknowledgementId: saved.id });
    return 'done';
  };

  const section = (heading: string, ...children: (HTMLElement | null)[]) =>
    h('section', { class: 'signing-section' }, h('h2', {}, heading), ...children);

  void app.caption.say(signingIntro(text));
  return childLayout({
    title: t('signing.title'),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'signing-screen',
    body: [
      app.caption.el,
      section(text('pack.title'), h('p', {}, t('signing.intro')), list, remaining),
      section(
        t('ceremony.schoolAdults'),
        adultPicker(t('ceremony.schoolAdults'), schoolOptions, school, hear, () => keep()),
        h('h2', {}, t('ceremony.homeAdults')),
        adultPicker(t('ceremony.homeAdults'), homeOptions, home, hear, () => keep()),
        h('label', { for: 'other-adult' }, t('signing.otherAdult')),
        other,
      ),
      section(
        t('signing.sign'),
        h('p', { class: 'declaration' }, text('pack.declaration')),
        signWithName,
        nameSignature,
        otherWays,
        h('p', {}, t('signing.date', { date: now.toLocaleDateString(i18next.language) })),
        problem,
        h(
          'button',
          { type: 'button', class: 'big-button', onclick: saveOnce(sign, (e) => app.fail(e)) },
          icon('writing-hand'),
          h('span', {}, t('signing.sign')),
        ),
      ),
      helpRoutes(),
    ],
  });
}
