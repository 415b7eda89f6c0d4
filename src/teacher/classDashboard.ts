/*
 * One class at a glance: a pupils × promises table (each cell the level of understanding as an
 * icon, a colour and words, with the date of the latest evidence; read by screen readers as a
 * table), a key to the six levels, how many pupils are at each level per promise, what to
 * reteach (wrong beliefs in words first, then questions), who has not yet made their promise
 * or signed, and the exports. Everything is computed from the records.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { PACK_FOR_STAGE } from '../app/content';
import { packText, t } from '../app/i18n';
import { playablePack } from '../app/playablePack';
import { assignAvatars } from '../domain/avatars';
import type { CheckBackStatus } from '../domain/checkBack';
import { attemptsCsv, summaryCsv } from '../domain/classExports';
import { classSummary } from '../domain/classSummary';
import type { Stage } from '../domain/lessonPack';
import { localDate } from '../domain/localDate';
import { parsePupilList } from '../domain/pupilList';
import { questionsOf } from '../domain/questions';
import type { ClassRecord } from '../domain/records';
import type { Understanding } from '../domain/understanding';
import { h, icon } from '../ui/dom';
import { download, fileSlug } from '../ui/download';
import { stageSelect } from './classForm';
import { confirmByTyping } from './confirmByTyping';
import { nameClashNotice } from './nameClashNotice';
import { errorBox, field, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';
import { voiceRecorder } from './voiceRecorder';

/** The levels as a teacher reads them, in the key's order; each has its own icon and colour (CSS state-*). */
export const LEVEL_ORDER: readonly Understanding[] = [
  'not-started',
  'started',
  'developing',
  'secure',
  'needs-revisiting',
  'misconception',
];
export const LEVEL_ICON: Record<Understanding, string> = {
  'not-started': '○',
  started: '◔',
  developing: '◑',
  secure: '✔',
  'needs-revisiting': '↻',
  misconception: '⚠',
};

export const levelWords = (level: Understanding): string => t(`teacher.dash.states.${level}`);
/** One formatter per language: a class's grid shows hundreds of dates, and making one is slow. */
const mediumDates = new Map<string, Intl.DateTimeFormat>();
export const evidenceDate = (iso: string): string => {
  const lang = i18next.language;
  const format = mediumDates.get(lang) ?? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  mediumDates.set(lang, format);
  return format.format(new Date(iso));
};

/** A level as icon (hidden from screen readers), words and, when there is evidence, its date. */
export function levelBadge(level: Understanding, latestEvidenceAt: string | undefined): HTMLElement[] {
  return [
    h('span', { class: 'level-icon', 'aria-hidden': 'true' }, LEVEL_ICON[level]),
    h('span', { class: 'level-word' }, levelWords(level)),
    ...(latestEvidenceAt
      ? [
          h('span', { class: 'visually-hidden' }, ', '),
          h('span', { class: 'level-date' }, t('teacher.dash.latest', { date: evidenceDate(latestEvidenceAt) })),
        ]
      : []),
  ];
}

/**
 * `levelBadge` for a whole table: a class's grid has hundreds of cells but only a few levels and
 * days, so each level-and-day badge is made (translated, its date formatted) once and copied.
 */
export function levelBadges(): typeof levelBadge {
  const made = new Map<string, HTMLElement[]>();
  return (level, latestEvidenceAt) => {
    const at = latestEvidenceAt ? new Date(latestEvidenceAt) : undefined;
    const key = at ? `${level} ${at.getFullYear()}-${at.getMonth()}-${at.getDate()}` : level;
    const badge = made.get(key) ?? levelBadge(level, latestEvidenceAt);
    made.set(key, badge);
    return badge.map((part) => part.cloneNode(true) as HTMLElement);
  };
}

/** A pupil's check-back: done (and when) or not yet, and whether one waits for them on the map. */
function checkBackBadge(status: CheckBackStatus): HTMLElement[] {
  return [
    h(
      'span',
      { class: status.lastDoneAt ? 'check-back-done' : 'check-back-none' },
      status.lastDoneAt
        ? t('teacher.dash.checkBackDone', { date: evidenceDate(status.lastDoneAt) })
        : t('teacher.dash.checkBackNone'),
    ),
    ...(status.waiting ? [h('span', { class: 'check-back-waiting' }, ` · ${t('teacher.dash.checkBackWaiting')}`)] : []),
  ];
}

function levelKey(): HTMLElement {
  return h(
    'div',
    { class: 'level-key' },
    h('h3', {}, t('teacher.dash.key')),
    h(
      'dl',
      {},
      ...LEVEL_ORDER.flatMap((level) => [
        h(
          'dt',
          { class: `state-${level}` },
          h('span', { class: 'level-icon', 'aria-hidden': 'true' }, LEVEL_ICON[level]),
          h('span', {}, levelWords(level)),
        ),
        h('dd', {}, t(`teacher.dash.levelHelp.${level}`)),
      ]),
    ),
  );
}

export async function classDashboard(app: AppContext, classId: string): Promise<HTMLElement> {
  const klass = await app.repos.getClass(classId);
  if (!klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  performance.mark('dashboard-start');
  // Each part measured on its own too, for `BENCH_DETAIL=1 npm run bench`.
  const timed = <T>(name: string, work: Promise<T>) =>
    work.then((value) => {
      performance.measure(name, 'dashboard-start');
      return value;
    });
  const [pack, records, recordings] = await Promise.all([
    timed('dashboard-pack', playablePack(app.repos, klass.packId)),
    timed('dashboard-records', app.repos.classRecords(classId)),
    app.repos.recordingsOf(classId),
  ]);
  performance.measure('dashboard-data', 'dashboard-start');
  const summary = classSummary(pack, klass.stage, records.pupils, records.attempts, records.acknowledgements);
  performance.measure('dashboard-summary', 'dashboard-start');
  const packId = pack.manifest.id;
  const promises = pack.manifest.agreement.promises;
  const keyword = (id: string) => packText(packId, `promises.${id}.keyword`);

  const badge = levelBadges();
  const table = h(
    'table',
    { class: 'progress-grid' },
    h('caption', {}, t('teacher.dash.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('teacher.dash.pupil')),
        ...promises.map((p) => h('th', { scope: 'col' }, icon(p.icon, ''), h('span', {}, keyword(p.id)))),
        h('th', { scope: 'col' }, t('teacher.dash.secureCount')),
        h('th', { scope: 'col' }, t('teacher.dash.checkBack')),
      ),
    ),
    h(
      'tbody',
      {},
      ...summary.pupils.map((row) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => app.go({ name: 'pupil', pupilId: row.pupil.id }) },
              row.pupil.displayName,
            ),
          ),
          ...promises.map((p) => {
            const progress = row.progress.get(p.id);
            const level = progress?.understanding ?? 'not-started';
            return h('td', { class: `state-${level}` }, ...badge(level, progress?.latestEvidenceAt));
          }),
          h('td', {}, `${row.secure}/${promises.length}`),
          h('td', { class: 'check-back-cell' }, ...checkBackBadge(row.checkBack)),
        ),
      ),
    ),
  );

  const total = summary.pupils.length;
  const bars = h(
    'ul',
    { class: 'bars' },
    ...summary.promises.map((tally) =>
      h(
        'li',
        {},
        h('span', { class: 'bar-label' }, keyword(tally.promiseId)),
        h(
          'span',
          { class: 'bar', 'aria-hidden': 'true' },
          h('span', { class: 'bar-fill', style: `width:${total ? (100 * tally.secure) / total : 0}%` }),
        ),
        h('span', {}, t('teacher.dash.ofPupils', { count: tally.secure, total })),
      ),
    ),
  );
  /** Per promise, how many pupils are at each level (levels with nobody left out). */
  const tallies = h(
    'div',
    { class: 'level-tally' },
    h('h3', {}, t('teacher.dash.tally')),
    h(
      'ul',
      {},
      ...summary.promises.map((tally) =>
        h(
          'li',
          {},
          h('strong', {}, `${keyword(tally.promiseId)}: `),
          ...LEVEL_ORDER.filter((level) => tally.levels[level] > 0).map((level) =>
            h(
              'span',
              { class: `level-count state-${level}` },
              h('span', { class: 'level-icon', 'aria-hidden': 'true' }, LEVEL_ICON[level]),
              `${levelWords(level)} ${tally.levels[level]}`,
            ),
          ),
        ),
      ),
    ),
  );

  const beliefs = summary.misconceptions.length
    ? h(
        'div',
        {},
        h('h3', {}, t('teacher.dash.misconceptionsTitle')),
        h(
          'ul',
          { class: 'reteach misconceptions' },
          ...summary.misconceptions.map((m) =>
            h(
              'li',
              {},
              h('strong', {}, packText(packId, `misconceptions.${m.misconceptionId}`)),
              h('p', {}, m.promiseIds.map(keyword).join(', ')),
              h(
                'p',
                {},
                t('teacher.dash.misconceptionPupils', {
                  count: m.pupils.length,
                  names: m.pupils.map((p) => p.displayName).join(', '),
                }),
              ),
            ),
          ),
        ),
      )
    : null;

  const questions = summary.reteach.length
    ? h(
        'ol',
        { class: 'reteach' },
        ...summary.reteach.map((r) => {
          const scenario = pack.scenarios.find((s) => s.id === r.scenarioId);
          const question = scenario && questionsOf(scenario).find((q) => q.id === r.stepId);
          return h(
            'li',
            {},
            h('strong', {}, `${keyword(r.promiseId)}: ${packText(packId, `scenarios.${r.scenarioId}.title`)}`),
            question ? h('p', {}, packText(packId, question.promptKey)) : null,
            h('p', {}, t('teacher.dash.reteachLine', { wrong: r.wrongFirstTime, answered: r.answered })),
            r.commonWrong ? h('p', {}, t('teacher.dash.mostChose', { answer: r.commonWrong.answerText })) : null,
          );
        }),
      )
    : h('p', {}, t('teacher.dash.reteachNone'));
  const reteach = h('div', {}, beliefs, beliefs ? h('h3', {}, t('teacher.dash.questionsTitle')) : null, questions);

  const agreements = h(
    'div',
    {},
    h(
      'p',
      {},
      summary.notYetAgreed.length
        ? t('teacher.dash.notYet', { names: summary.notYetAgreed.map((p) => p.displayName).join(', ') })
        : t('teacher.dash.allDone'),
    ),
    summary.agreedBeforeSecure.length
      ? h(
          'div',
          {},
          h('h3', {}, t('teacher.dash.agreedBeforeSecure')),
          h(
            'ul',
            {},
            ...summary.agreedBeforeSecure.map((d) =>
              h(
                'li',
                {},
                t('teacher.dash.discussLine', { name: d.pupil.displayName, items: d.items.map(keyword).join('; ') }),
              ),
            ),
          ),
        )
      : null,
    summary.toDiscuss.length
      ? h(
          'div',
          {},
          h('h3', {}, t('teacher.dash.discuss')),
          h(
            'ul',
            {},
            ...summary.toDiscuss.map((d) =>
              h(
                'li',
                {},
                t('teacher.dash.discussLine', { name: d.pupil.displayName, items: d.items.map(keyword).join('; ') }),
              ),
            ),
          ),
        )
      : null,
  );

  const slug = fileSlug(klass.name);
  const today = localDate();
  const exports = h(
    'div',
    { class: 'button-row' },
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () => download(`${slug}-summary-${today}.csv`, summaryCsv(klass, summary), 'text/csv;charset=utf-8'),
      },
      t('teacher.dash.summaryCsv'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () =>
          download(
            `${slug}-answers-${today}.csv`,
            attemptsCsv(klass, records.pupils, records.attempts),
            'text/csv;charset=utf-8',
          ),
      },
      t('teacher.dash.attemptsCsv'),
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => app.go({ name: 'print', classId }) },
      t('teacher.dash.print'),
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => app.go({ name: 'evidence', classId }) },
      t('teacher.dash.evidence'),
    ),
  );

  const section = (title: string, ...body: (HTMLElement | null)[]) =>
    h('section', { class: 'dash-section' }, h('h2', {}, title), ...body);
  const page = teacherPage(app, klass.name, { back: () => app.go({ name: 'teacher' }) }, [
    total
      ? section(
          t('teacher.dash.progress'),
          h('div', { class: 'table-scroll' }, table),
          h('p', { class: 'rule-version' }, t('teacher.dash.rule', { version: summary.ruleVersion })),
          levelKey(),
        )
      : h('p', {}, t('teacher.dash.empty')),
    section(t('teacher.dash.bars'), bars, tallies),
    section(t('teacher.dash.reteach'), reteach),
    section(t('teacher.dash.agreements'), agreements),
    section(t('teacher.dash.exports'), exports),
    voiceRecorder(app, klass, pack, recordings),
    classDetails(
      app,
      klass,
      records.pupils.map((p) => p.displayName),
      records.pupils.map((p) => p.avatar),
    ),
    confirmByTyping({
      summary: t('teacher.dash.danger'),
      warning: t('teacher.dash.deleteWarning', { name: klass.name, count: total }),
      label: t('teacher.dash.typeToConfirm'),
      expected: klass.name,
      button: t('teacher.dash.deleteClass'),
      mismatch: t('teacher.dash.mismatch'),
      onConfirm: async () => {
        await app.repos.deleteClass(classId);
        app.go({ name: 'teacher' });
      },
    }),
  ]);
  performance.measure('dashboard-ready', 'dashboard-start');
  return page;
}

/** Renaming the class, changing its key stage, and adding pupils by pasting more names. */
function classDetails(app: AppContext, klass: ClassRecord, names: string[], avatars: string[]): HTMLElement {
  const name = h('input', { type: 'text', value: klass.name, maxlength: '60', autocomplete: 'off' });
  const stage = stageSelect(klass.stage);
  const pupils = h('textarea', { rows: '5', spellcheck: 'false' });
  const error = errorBox();
  const status = statusBox();
  const clashes = nameClashNotice(pupils, status, t('teacher.classDetails.add'));
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('teacher.className'), name),
    field(t('teacher.stage'), stage),
    h('button', { type: 'submit', class: 'primary' }, t('teacher.classDetails.save')),
    field(t('teacher.classDetails.addPupils'), pupils, t('teacher.pupilsHint')),
    clashes.el,
    h('button', { type: 'button', class: 'secondary', onclick: () => void addPupils() }, t('teacher.classDetails.add')),
    error,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.value.trim()) {
      error.textContent = t('teacher.errors.className');
      return;
    }
    const chosen = stage.value as Stage;
    await app.repos.updateClass(klass.id, { name: name.value.trim(), stage: chosen, packId: PACK_FOR_STAGE[chosen] });
    app.go({ name: 'class', classId: klass.id });
  });
  const addPupils = async () => {
    const list = parsePupilList(pupils.value, names);
    error.textContent = '';
    if (clashes.stops(list)) return;
    if (!list.names.length) {
      error.textContent = t('teacher.errors.noPupils');
      return;
    }
    const pictures = assignAvatars(avatars, list.names.length);
    await app.repos.addPupils(
      klass.id,
      list.names.map((displayName, i) => ({ displayName, avatar: pictures[i] ?? 'cat-face' })),
    );
    app.go({ name: 'class', classId: klass.id });
  };
  return h('details', { class: 'dash-section' }, h('summary', {}, t('teacher.classDetails.title')), form);
}
