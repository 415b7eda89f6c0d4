/*
 * Every mechanic becomes the same plain list of questions: something to say, pictures to
 * show, and choices that are right or not, each with its own words. Scoring, records, resume
 * and the content tests all work on questions, so a new mechanic only has to say how its
 * steps become questions.
 *
 * Text keys are derived from ids, always under `scenarios.<scenarioId>`; see `scenarioKeys()`.
 */
import { PASSWORD_WORDS, type Scenario } from './lessonPack';

export interface QuestionChoice {
  id: string;
  icon: string;
  /** i18next key (namespace-qualified when it is shared, e.g. `common:traffic.green`). */
  labelKey: string;
  feedbackKey: string;
  correct: boolean;
  /** The wrong belief this (wrong) choice shows, when the pack names one (`misconceptions.<id>`). */
  misconception?: string;
}

export interface Question {
  /** The step id (for sort, the item id). Unique within the scenario. */
  id: string;
  promptKey: string;
  art: string[];
  /** Chat: the message lines shown before the question, oldest first. */
  messages: { from: 'them' | 'me'; textKey: string }[];
  choices: QuestionChoice[];
  /** How many choices make one answer (the password is built from three tiles); 1 when absent. */
  pick?: number;
  /** Said when a multi-pick answer is all right (each wrong tile has its own words). */
  rightKey?: string;
  /** Privacy settings: who could see the profile with each choice, by choice id. */
  audience?: Record<string, 'everyone' | 'friends' | 'family' | 'only-me'>;
}

const TRAFFIC_ICONS = { green: 'green-circle', amber: 'orange-circle', red: 'red-circle' } as const;
export const TRAFFIC_LIGHTS = ['green', 'amber', 'red'] as const;
const VERDICT_ICONS = {
  believe: 'check-mark-button',
  check: 'magnifying-glass-tilted-left',
  ignore: 'no-entry',
} as const;
export const VERDICTS = ['believe', 'check', 'ignore'] as const;

export function scenarioBase(scenario: Scenario): string {
  return `scenarios.${scenario.id}`;
}

type ChoiceSteps = Extract<Scenario, { mechanic: 'choice' }>['steps'];

/** A step's own choices, each with its own label and feedback (choice, chat, password steps). */
function stepChoices(s: string, choices: ChoiceSteps[number]['choices']): QuestionChoice[] {
  return choices.map((c) => ({
    id: c.id,
    icon: c.icon,
    labelKey: `${s}.choices.${c.id}.label`,
    feedbackKey: `${s}.choices.${c.id}.feedback`,
    correct: c.safe,
    ...(c.misconception && !c.safe ? { misconception: c.misconception } : {}),
  }));
}

function choiceQuestions(base: string, steps: ChoiceSteps): Question[] {
  return steps.map((step) => {
    const s = `${base}.steps.${step.id}`;
    return {
      id: step.id,
      promptKey: `${s}.prompt`,
      art: step.art,
      messages: [],
      choices: stepChoices(s, step.choices),
    };
  });
}

export function questionsOf(scenario: Scenario): Question[] {
  const base = scenarioBase(scenario);
  switch (scenario.mechanic) {
    case 'choice':
      return choiceQuestions(base, scenario.steps);
    case 'password':
      return [
        {
          id: 'build',
          promptKey: `${base}.build.prompt`,
          art: [],
          messages: [],
          pick: PASSWORD_WORDS,
          rightKey: `${base}.build.strong`,
          choices: scenario.tiles.map((tile) => ({
            id: tile.id,
            icon: tile.icon,
            labelKey: `${base}.tiles.${tile.id}.label`,
            feedbackKey: `${base}.tiles.${tile.id}.why`,
            correct: tile.strong,
          })),
        },
        ...choiceQuestions(base, scenario.steps),
      ];
    case 'privacy-settings':
      return scenario.settings.map((setting) => {
        const s = `${base}.settings.${setting.id}`;
        return {
          id: setting.id,
          promptKey: `${s}.prompt`,
          art: [scenario.profile, setting.icon],
          messages: [],
          audience: Object.fromEntries(setting.options.map((o) => [o.id, o.audience])),
          choices: setting.options.map((o) => ({
            id: o.id,
            icon: o.icon,
            labelKey: `${s}.options.${o.id}.label`,
            feedbackKey: `${s}.options.${o.id}.feedback`,
            correct: o.safe,
            ...(o.misconception && !o.safe ? { misconception: o.misconception } : {}),
          })),
        };
      });
    case 'true-or-not':
      return scenario.steps.map((step) => {
        const s = `${base}.steps.${step.id}`;
        return {
          id: step.id,
          promptKey: `${s}.prompt`,
          art: step.art,
          messages: [],
          choices: VERDICTS.map((verdict) => ({
            id: verdict,
            icon: VERDICT_ICONS[verdict],
            labelKey: `common:trueOrNot.${verdict}`,
            feedbackKey: `${s}.why`,
            correct: verdict === step.answer,
            ...(step.misconception && verdict !== step.answer ? { misconception: step.misconception } : {}),
          })),
        };
      });
    case 'chat':
      return scenario.steps.map((step) => {
        const s = `${base}.steps.${step.id}`;
        return {
          id: step.id,
          promptKey: `${s}.prompt`,
          art: [scenario.contact],
          messages: step.messages.map((m) => ({ from: m.from, textKey: `${s}.messages.${m.id}` })),
          choices: stepChoices(s, step.choices),
        };
      });
    case 'traffic-light':
      return scenario.steps.map((step) => {
        const s = `${base}.steps.${step.id}`;
        return {
          id: step.id,
          promptKey: `${s}.prompt`,
          art: step.art,
          messages: [],
          choices: TRAFFIC_LIGHTS.map((light) => ({
            id: light,
            icon: TRAFFIC_ICONS[light],
            labelKey: `common:traffic.${light}`,
            feedbackKey: `${s}.why`,
            correct: light === step.answer,
            ...(step.misconception && light !== step.answer ? { misconception: step.misconception } : {}),
          })),
        };
      });
    case 'sort':
      return scenario.items.map((item) => ({
        id: item.id,
        promptKey: `${base}.items.${item.id}.label`,
        art: [item.icon],
        messages: [],
        choices: scenario.bins.map((bin) => ({
          id: bin.id,
          icon: bin.icon,
          labelKey: `${base}.bins.${bin.id}`,
          feedbackKey: `${base}.items.${item.id}.why`,
          correct: bin.id === item.bin,
          ...(item.misconception && bin.id !== item.bin ? { misconception: item.misconception } : {}),
        })),
      }));
    case 'spot':
      return scenario.steps.map((step) => {
        const s = `${base}.steps.${step.id}`;
        return {
          id: step.id,
          promptKey: `${s}.prompt`,
          art: [scenario.screen],
          messages: [],
          choices: step.hotspots.map((h) => ({
            id: h.id,
            icon: h.icon,
            labelKey: `${s}.hotspots.${h.id}.label`,
            feedbackKey: `${s}.hotspots.${h.id}.feedback`,
            correct: h.target,
            ...(h.misconception && !h.target ? { misconception: h.misconception } : {}),
          })),
        };
      });
  }
}

/** Every text key a scenario needs, in the order a child meets them. */
export function scenarioKeys(scenario: Scenario): string[] {
  const base = scenarioBase(scenario);
  const keys = [`${base}.title`, `${base}.intro`];
  if (scenario.mechanic === 'chat') keys.push(`${base}.contact`);
  if (scenario.mechanic === 'sort') keys.push(`${base}.prompt`);
  for (const q of questionsOf(scenario)) {
    for (const m of q.messages) keys.push(m.textKey);
    keys.push(q.promptKey);
    for (const c of q.choices) keys.push(c.labelKey, c.feedbackKey);
    if (q.rightKey) keys.push(q.rightKey);
  }
  keys.push(`${base}.outro`);
  return [...new Set(keys)];
}
