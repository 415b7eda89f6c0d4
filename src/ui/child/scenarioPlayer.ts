/*
 * Plays the scenarios of one promise, in order, with any mechanic. The rules it keeps:
 * - an answer is committed to IndexedDB before its feedback is shown;
 * - a wrong answer is never a failure: gentle words, why, and another go;
 * - where the child is lives in the play session + attempts, so a reload resumes mid-scenario.
 * The check-back round (src/domain/checkBack.ts) is played by the same player: the same
 * screens, words, voices and records, a few scenarios of several promises, ending with praise.
 */
import i18next from 'i18next';
import type { ChildContext } from '../../app/appContext';
import { eventBus } from '../../app/eventBus';
import { packText, t } from '../../app/i18n';
import { playablePack } from '../../app/playablePack';
import { showWorld } from '../../app/world';
import { narrator } from '../../audio/narrator';
import { checkBackRound } from '../../domain/checkBack';
import { newId } from '../../domain/ids';
import type { LessonPack, Scenario } from '../../domain/lessonPack';
import { localDate } from '../../domain/localDate';
import { scenariosFor } from '../../domain/packLoader';
import { shapeOf } from '../../domain/packProgress';
import { type Question, type QuestionChoice, questionsOf, scenarioBase } from '../../domain/questions';
import type { AttemptRecord, PupilRecord } from '../../domain/records';
import { hasAnswered, nextStepIndex } from '../../domain/resume';
import { StorageError } from '../../domain/storageProblem';
import { isRunFinished } from '../../domain/understanding';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { MECHANIC_VIEWS } from '../mechanics';
import {
  answerNotSaved,
  checkBackDone,
  feedbackSaid,
  promiseDone,
  questionSaid,
  scenarioIntro,
  scenarioOutro,
  type Words,
} from '../spokenLines';
import { pupilInClass } from './pupilInClass';
import { turnsOff, worldOf } from './worldOf';

/** A promise's own play, or a check-back round (several promises, a few scenarios each). */
type Round = { kind: 'promise'; promiseId: string } | { kind: 'check-back' };

interface Place {
  scenario: Scenario;
  runId: string;
  resumed: boolean;
}

/** Which scenario to play and in which run: the saved session, else the first unfinished one. */
function startingPlace(
  scenarios: Scenario[],
  attempts: AttemptRecord[],
  session: { scenarioId: string | null; runId: string | null } | undefined,
): Place {
  const saved = session?.scenarioId && scenarios.find((s) => s.id === session.scenarioId);
  if (saved && session?.runId) return { scenario: saved, runId: session.runId, resumed: true };
  const unfinished = scenarios.find((s) => {
    const solved = new Set(attempts.filter((a) => a.scenarioId === s.id && a.correct).map((a) => a.stepId));
    return !isRunFinished(solved, shapeOf(s));
  });
  return { scenario: unfinished ?? (scenarios[0] as Scenario), runId: newId(), resumed: false };
}

export async function scenarioPlayer(app: ChildContext, pupilId: string, promiseId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, klass, packId } = playing;
  const [pack, attempts, session] = await Promise.all([
    playablePack(app.repos, packId),
    app.repos.attemptsOf(pupilId),
    app.repos.playSession(),
  ]);
  const scenarios = scenariosFor(pack, promiseId, klass.stage);
  if (scenarios.length === 0) {
    app.go({ name: 'map', pupilId });
    return h('div');
  }
  const mySession =
    session && session.pupilId === pupilId && session.promiseId === promiseId && !session.checkBack
      ? session
      : undefined;
  const player = new ScenarioPlayer(app, pack, pupil, { kind: 'promise', promiseId }, scenarios, attempts);
  const screen = childLayout({
    title: packText(packId, `promises.${promiseId}.keyword`),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'play-screen',
    body: [player.stage, app.caption.el, player.actions],
  });
  void showWorld(screen);
  void player.begin(startingPlace(scenarios, attempts, mySession));
  return screen;
}

/**
 * Today's check-back round. A round left half-way comes back after a reload: its unfinished
 * scenario first (from the play session), then what the round still holds (a promise answered
 * today is no longer due, so what is done is not offered again).
 */
export async function checkBackPlayer(app: ChildContext, pupilId: string): Promise<HTMLElement> {
  const playing = await pupilInClass(app, pupilId);
  if (!playing) return h('div');
  const { pupil, klass, packId } = playing;
  const [pack, attempts, session] = await Promise.all([
    playablePack(app.repos, packId),
    app.repos.attemptsOf(pupilId),
    app.repos.playSession(),
  ]);
  const mySession = session?.pupilId === pupilId && session.checkBack ? session : undefined;
  const unfinished = pack.scenarios.find((s) => s.checkBack && s.id === mySession?.scenarioId);
  const round = checkBackRound(pack, attempts, klass.stage, localDate());
  const scenarios = [...(unfinished ? [unfinished] : []), ...round.filter((s) => s !== unfinished)];
  if (scenarios.length === 0) {
    app.go({ name: 'map', pupilId });
    return h('div');
  }
  const player = new ScenarioPlayer(app, pack, pupil, { kind: 'check-back' }, scenarios, attempts);
  const screen = childLayout({
    title: t('checkBack.title'),
    back: { label: t('controls.map'), onClick: () => app.go({ name: 'map', pupilId }) },
    className: 'play-screen check-back-screen',
    body: [player.stage, app.caption.el, player.actions],
  });
  void showWorld(screen);
  const first = scenarios[0] as Scenario;
  void player.begin(
    unfinished && mySession?.runId
      ? { scenario: unfinished, runId: mySession.runId, resumed: true }
      : { scenario: first, runId: newId(), resumed: false },
  );
  return screen;
}

class ScenarioPlayer {
  /** What the overlay shows on the stage; the world canvas sits behind it, in the stage itself. */
  private readonly onStage = h('div', { class: 'stage-content' });
  readonly stage = h('div', { class: 'stage' }, this.onStage);
  readonly actions = h('div', { class: 'actions' });
  private place!: Place;

  constructor(
    private readonly app: ChildContext,
    private readonly pack: LessonPack,
    private readonly pupil: PupilRecord,
    private readonly round: Round,
    private readonly scenarios: Scenario[],
    private readonly attempts: AttemptRecord[],
  ) {}

  private text = (key: string) => packText(this.pack.manifest.id, key);
  private readonly words: Words = (key) => this.text(key);

  async begin(place: Place): Promise<void> {
    // Overtaken while loading (the child pressed the map, or the language changed): it is not
    // this player's place to save where the child is.
    if (!this.app.live()) return;
    this.place = place;
    // Only for coming back after a reload: if it cannot be written (a full disk), play on; the
    // child's answers say for themselves when they are not saved.
    await this.app.repos
      .savePlaySession({
        pupilId: this.pupil.id,
        packId: this.pack.manifest.id,
        promiseId: place.scenario.promise,
        scenarioId: place.scenario.id,
        runId: place.runId,
        ...(this.round.kind === 'check-back' ? { checkBack: true } : {}),
      })
      .catch((error: unknown) => console.warn(error));
    const questions = questionsOf(place.scenario);
    const index = nextStepIndex(
      this.attempts,
      place.runId,
      questions.map((q) => q.id),
    );
    if (!place.resumed || index === 0) this.showIntro();
    else if (index < questions.length) this.showQuestion(index);
    else this.showOutro();
  }

  /**
   * The world behind: at the intro, a question (by id) or the outro. Told once the screen's words
   * and answers are in place, so the world is drawn once, for the size the stage now has.
   */
  private scene(art: string[], at: string, question?: Question) {
    const { scenario } = this.place;
    eventBus.emit('world:scene', worldOf(this.pack.manifest.id, scenario, at, this.pupil.avatar, art, question));
  }

  private setActions(...children: HTMLElement[]) {
    this.actions.style.minHeight = '';
    this.actions.classList.remove('holds-room');
    this.actions.replaceChildren(...children);
    const first = this.actions.querySelector<HTMLElement>('button');
    narrator.focusQuietly(first);
  }

  /**
   * A button that moves the child on, once: a double tap (or a second Enter) while the next
   * screen is still being saved or drawn does nothing more (it would otherwise show the end of a
   * promise twice, or carry the child past it).
   */
  private bigButton(label: string, iconName: string, onClick: () => void): HTMLButtonElement {
    let pressed = false;
    const once = () => {
      if (pressed) return;
      pressed = true;
      onClick();
    };
    return h('button', { type: 'button', class: 'big-button', onclick: once }, icon(iconName), h('span', {}, label));
  }

  private showIntro() {
    const { scenario } = this.place;
    const base = scenarioBase(scenario);
    const first = questionsOf(scenario)[0];
    this.onStage.replaceChildren(h('h2', { class: 'scenario-title' }, this.text(`${base}.title`)));
    void this.app.caption.say(scenarioIntro(this.words, scenario));
    this.setActions(this.bigButton(t('controls.next'), 'right-arrow', () => this.showQuestion(0)));
    this.scene(first?.art ?? [], 'intro');
  }

  private showQuestion(index: number) {
    const { scenario } = this.place;
    const question = questionsOf(scenario)[index] as Question;
    const view = MECHANIC_VIEWS[scenario.mechanic](question, {
      scenario,
      text: (key) => this.text(key),
      choose: (...choices) => void this.answer(index, question, choices, view),
      hear: (spoken) => narrator.hear(spoken, i18next.language),
    });
    // Names the question for teachers' tools and the end-to-end tests' answer key.
    view.dataset.scenario = scenario.id;
    view.dataset.step = question.id;
    this.onStage.replaceChildren(h('h2', { class: 'scenario-title' }, this.text(`${scenarioBase(scenario)}.title`)));
    void this.app.caption.say(questionSaid(this.words, question));
    this.setActions(view);
    this.scene(question.art, question.id, question);
  }

  private async answer(index: number, question: Question, choices: QuestionChoice[], view: HTMLElement) {
    // One answer per showing: a second tap while the first is being saved does nothing.
    if (view.dataset.answered) return;
    view.dataset.answered = 'true';
    // Only the buttons enabled now: a mechanic may have disabled some itself (tiles picked).
    const buttons = [...view.querySelectorAll('button')].filter((b) => !b.disabled);
    for (const b of buttons) b.disabled = true;
    performance.mark('answer-tapped');
    const { scenario, runId } = this.place;
    const attempt = {
      pupilId: this.pupil.id,
      packId: this.pack.manifest.id,
      packVersion: this.pack.manifest.version,
      promiseId: scenario.promise,
      scenarioId: scenario.id,
      runId,
      stepId: question.id,
      choiceId: choices.map((c) => c.id).join('+'),
      correct: choices.every((c) => c.correct),
      firstTry: !hasAnswered(this.attempts, runId, question.id),
      answerText: choices
        .map((c) => this.text(c.labelKey))
        .join(' + ')
        .slice(0, 300),
      language: i18next.language,
      deviceId: this.app.settings.deviceId,
    };
    try {
      this.attempts.push(await this.app.repos.recordAttempt(attempt));
      // User Timing only (stays in the page): `npm run bench` reads it as answer_saved_ms.
      performance.measure('answer-saved', 'answer-tapped');
    } catch (error) {
      for (const b of buttons) b.disabled = false;
      delete view.dataset.answered;
      if (error instanceof StorageError && error.kind === 'full') this.showNotSaved();
      else this.app.fail(error);
      return;
    }
    this.showFeedback(index, question, choices);
  }

  /** A full disk: the question stays, so once there is space the child gives the same answer again. */
  private showNotSaved() {
    this.onStage.replaceChildren(
      h(
        'div',
        { class: 'feedback is-try-again', role: 'alert' },
        icon('teddy-bear', '', 'icon big'),
        h('p', { class: 'feedback-opener' }, t('feedback.notSaved')),
        h('p', { class: 'for-teacher' }, `${t('problem.forTeacher')}: ${t('problem.whenFull.answer')}`),
      ),
    );
    void this.app.caption.say(answerNotSaved());
    this.actions.querySelector<HTMLElement>('button:not(:disabled)')?.focus({ preventScroll: true });
  }

  private showFeedback(index: number, question: Question, choices: QuestionChoice[]) {
    const wrong = choices.find((c) => !c.correct);
    const right = !wrong;
    eventBus.emit(right ? 'world:right' : 'world:try-again');
    const chosen = choices.map((c) => c.id);
    if (turnsOff(this.place.scenario, question.id, chosen)) eventBus.emit('world:screen-off');
    const opener = right ? t('feedback.right') : t('feedback.tryAgain');
    const last = index === questionsOf(this.place.scenario).length - 1;
    const next = right
      ? this.bigButton(t('controls.next'), 'right-arrow', () =>
          last ? this.showOutro() : this.showQuestion(index + 1),
        )
      : this.bigButton(t('controls.tryAgain'), 'counterclockwise-arrows-button', () => this.showQuestion(index));
    const panel = h(
      'div',
      { class: `feedback ${right ? 'is-right' : 'is-try-again'}`, role: 'status' },
      icon(right ? 'glowing-star' : 'thinking-face', '', 'icon big'),
      h('p', { class: 'feedback-opener' }, opener),
    );
    // The feedback's one button keeps the question's room, so the world above keeps its size:
    // it does not jump under the child's eyes, nor draw itself again at a new size.
    const questionHeight = this.actions.getBoundingClientRect().height;
    this.onStage.replaceChildren(panel);
    // Choice-like mechanics write their own gentle opener per choice; lamps and boxes share one
    // "why" for every answer, so the caption says whether this answer was the right one first.
    void this.app.caption.say(feedbackSaid(this.words, this.place.scenario, question, choices));
    this.setActions(next);
    this.actions.style.minHeight = `${questionHeight}px`;
    this.actions.classList.add('holds-room');
  }

  private showOutro() {
    const { scenario } = this.place;
    this.onStage.replaceChildren(
      h(
        'div',
        { class: 'feedback is-right' },
        icon('person-raising-hand', '', 'icon big'),
        icon('woman-teacher', '', 'icon big'),
      ),
    );
    void this.app.caption.say(scenarioOutro(this.words, scenario));
    const position = this.scenarios.indexOf(scenario);
    const following = this.scenarios[position + 1];
    this.setActions(
      this.bigButton(t('controls.next'), 'right-arrow', () =>
        following
          ? void this.begin({ scenario: following, runId: newId(), resumed: false })
          : this.round.kind === 'promise'
            ? void this.showPromiseDone(this.round.promiseId)
            : void this.showCheckBackDone(),
      ),
    );
    this.scene([], 'outro');
  }

  private async showCheckBackDone() {
    await this.app.repos.clearPlaySession();
    eventBus.emit('world:right');
    this.onStage.replaceChildren(
      h(
        'div',
        { class: 'promise-done' },
        icon('glowing-star', '', 'icon huge stamp'),
        h('p', { class: 'promise-words' }, t('checkBack.done')),
      ),
    );
    void this.app.caption.say(checkBackDone());
    this.setActions(
      this.bigButton(t('controls.map'), 'world-map', () => this.app.go({ name: 'map', pupilId: this.pupil.id })),
    );
  }

  private async showPromiseDone(promiseId: string) {
    await this.app.repos.clearPlaySession();
    const promise = this.pack.manifest.agreement.promises.find((p) => p.id === promiseId);
    eventBus.emit('world:stamp', { icon: promise?.icon ?? 'star' });
    this.onStage.replaceChildren(
      h(
        'div',
        { class: 'promise-done' },
        icon(promise?.icon ?? 'star', '', 'icon huge stamp'),
        h('p', { class: 'promise-words' }, this.text(`promises.${promiseId}.text`)),
      ),
    );
    void this.app.caption.say(promiseDone(this.words, promiseId));
    this.setActions(
      this.bigButton(t('promise.seeStars'), 'star', () => this.app.go({ name: 'map', pupilId: this.pupil.id })),
    );
  }
}
