/*
 * The class's evidence report, to hand an inspector: one table per framework (Education for a
 * Connected World, the four Cs, the Welsh DCF Citizenship strand), a row per strand, built by
 * src/domain/evidenceReport from the records on this device. Prints on A4 (the browser's own
 * print, to paper or PDF) and downloads as CSV, in the device's language, naming the rule that
 * judged "secure". Nothing leaves the device.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { packText, t } from '../app/i18n';
import { playablePack } from '../app/playablePack';
import { FRAMEWORKS, type Framework } from '../domain/curriculum';
import {
  EVIDENCE_COLUMNS,
  type EvidenceReport,
  type EvidenceWords,
  evidenceCsv,
  evidenceReport,
  type StrandEvidence,
} from '../domain/evidenceReport';
import { localDate } from '../domain/localDate';
import { h } from '../ui/dom';
import { download, fileSlug } from '../ui/download';
import { teacherPage } from './teacherPage';

type Loose = (key: string, options?: Record<string, unknown>) => string;
/** Keys built from framework and strand ids, which the typed `t` cannot list. */
const tl = i18next.t.bind(i18next) as unknown as Loose;

export const frameworkName = (framework: Framework): string => tl(`teacher.curriculum.frameworks.${framework}`);
export const strandName = (framework: Framework, strand: string): string =>
  tl(`teacher.curriculum.${framework}.${strand}`);

/** A local calendar day (YYYY-MM-DD) as the device's language writes it. */
const dayWords = (day: string): string =>
  new Date(`${day}T12:00:00`).toLocaleDateString(i18next.language, { dateStyle: 'medium' });

function wordsFor(packId: string): EvidenceWords {
  return {
    header: EVIDENCE_COLUMNS.map((c) => t(`teacher.evidence.csvHeader.${c}`)),
    framework: frameworkName,
    strand: strandName,
    promise: (id) => packText(packId, `promises.${id}.keyword`),
    belief: (id) => packText(packId, `misconceptions.${id}`),
    promiseSecure: (promise, count, total) => t('teacher.evidence.promiseSecure', { promise, count, total }),
    beliefSeen: (belief, chosen, held) => t('teacher.evidence.beliefSeen', { belief, chosen, held }),
  };
}

function strandRow(report: EvidenceReport, s: StrandEvidence, words: EvidenceWords): HTMLElement {
  const total = report.pupils;
  const secureOf = new Map(report.promises.map((p) => [p.promiseId, p.secure]));
  const list = (items: string[]) => h('ul', {}, ...items.map((item) => h('li', {}, item)));
  const names = (pupils: StrandEvidence['signed']) => pupils.map((p) => p.displayName).join(', ');
  const taught = s.promiseIds.length > 0;
  return h(
    'tr',
    { 'data-strand': `${s.framework}/${s.strand}` },
    h('th', { scope: 'row' }, words.strand(s.framework, s.strand)),
    h(
      'td',
      {},
      taught
        ? list(s.promiseIds.map((id) => words.promiseSecure(words.promise(id), secureOf.get(id) ?? 0, total)))
        : t('teacher.evidence.notTaught'),
    ),
    h(
      'td',
      {},
      s.firstPlayed && s.lastPlayed
        ? t('teacher.evidence.range', { from: dayWords(s.firstPlayed), to: dayWords(s.lastPlayed) })
        : taught
          ? t('teacher.evidence.notPlayed')
          : '',
    ),
    h('td', {}, taught ? t('teacher.evidence.strandSecure', { count: s.secure, total }) : ''),
    h(
      'td',
      {},
      s.misconceptions.length
        ? list(s.misconceptions.map((m) => words.beliefSeen(words.belief(m.misconceptionId), m.chosenBy, m.heldBy)))
        : taught
          ? t('teacher.evidence.noBeliefs')
          : '',
    ),
    h(
      'td',
      {},
      ...(taught
        ? [
            h('p', {}, t('teacher.evidence.signedCount', { count: s.signed.length, total })),
            s.signed.length ? h('p', {}, t('teacher.evidence.signedWhenSecure', { count: s.signedWhenSecure })) : null,
            s.talkFirst.length ? h('p', {}, t('teacher.evidence.talkFirst', { names: names(s.talkFirst) })) : null,
            s.notSigned.length ? h('p', {}, t('teacher.evidence.notSigned', { names: names(s.notSigned) })) : null,
          ]
        : []),
    ),
  );
}

function frameworkTable(report: EvidenceReport, framework: Framework, words: EvidenceWords): HTMLElement {
  const rows = report.strands.filter((s) => s.framework === framework);
  const col = (key: 'strand' | 'promises' | 'played' | 'secure' | 'misconceptions' | 'signed') =>
    h('th', { scope: 'col' }, t(`teacher.evidence.columns.${key}`));
  return h(
    'section',
    { class: 'evidence-section' },
    h('h2', {}, frameworkName(framework)),
    h('p', { class: 'evidence-intro' }, tl(`teacher.evidence.intro.${framework}`)),
    h(
      'table',
      { class: 'evidence-table' },
      h(
        'caption',
        { class: 'visually-hidden' },
        t('teacher.evidence.caption', { framework: frameworkName(framework) }),
      ),
      h(
        'thead',
        {},
        h('tr', {}, col('strand'), col('promises'), col('played'), col('secure'), col('misconceptions'), col('signed')),
      ),
      h('tbody', {}, ...rows.map((s) => strandRow(report, s, words))),
    ),
  );
}

export async function evidenceReportPage(app: AppContext, classId: string): Promise<HTMLElement> {
  const klass = await app.repos.getClass(classId);
  if (!klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  performance.mark('evidence-start');
  const [pack, records] = await Promise.all([playablePack(app.repos, klass.packId), app.repos.classRecords(classId)]);
  performance.measure('evidence-data', 'evidence-start');
  const report = evidenceReport(pack, klass.stage, records.pupils, records.attempts, records.acknowledgements);
  performance.measure('evidence-summary', 'evidence-start');
  const packId = pack.manifest.id;
  const words = wordsFor(packId);
  const today = localDate();
  const facts = {
    pack: packText(packId, 'pack.title'),
    stage: t(`teacher.stages.${klass.stage}`),
    count: report.pupils,
  };
  const page = teacherPage(app, t('teacher.evidence.title'), { back: () => app.go({ name: 'class', classId }) }, [
    h(
      'div',
      { class: 'button-row no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('teacher.evidence.printNow')),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () =>
            download(
              `${fileSlug(klass.name)}-evidence-${today}.csv`,
              evidenceCsv(report, words),
              'text/csv;charset=utf-8',
            ),
        },
        t('teacher.evidence.csv'),
      ),
    ),
    h(
      'article',
      { class: 'evidence-report' },
      h('h2', { class: 'evidence-heading' }, t('teacher.evidence.heading', { klass: klass.name })),
      h(
        'p',
        {},
        report.firstPlayed && report.lastPlayed
          ? t('teacher.evidence.summary', {
              ...facts,
              from: dayWords(report.firstPlayed),
              to: dayWords(report.lastPlayed),
            })
          : t('teacher.evidence.summaryNone', facts),
      ),
      h('p', { class: 'rule-version' }, t('teacher.evidence.rule', { version: `v${report.ruleVersion}` })),
      h('p', {}, t('teacher.evidence.made', { date: dayWords(today) })),
      ...FRAMEWORKS.map((f) => frameworkTable(report, f, words)),
    ),
  ]);
  performance.measure('evidence-ready', 'evidence-start');
  return page;
}
