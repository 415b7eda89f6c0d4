/*
 * The school's own wording for a pack: statements in each language, each mapped to the
 * built-in promises whose scenarios play for it. A bilingual school pastes one language's list,
 * then the other's in the same order, which fills the same statements. Each statement comes
 * with promises suggested from its words; the teacher confirms or changes them, and a statement
 * that plays nothing is never published. Publishing makes a new version; nothing a pupil has
 * signed changes. Every word is shown and kept as text.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { LANGUAGES, languageName, lessonPack, loadNamespace } from '../app/content';
import { packText, t } from '../app/i18n';
import {
  activeWording,
  pasteWordingList,
  statementsWithoutScenarios,
  WordingItem,
  wordsIn,
} from '../domain/schoolWording';
import { PackCues, promiseCues, suggestPromises } from '../domain/suggestPromises';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { field, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';

const cueFiles = import.meta.glob<{ default: unknown }>('/lessons/*/cues.json');

async function cuesOf(packId: string): Promise<PackCues> {
  const load = cueFiles[`/lessons/${packId}/cues.json`];
  return load ? PackCues.parse((await load()).default) : {};
}

export async function wordingEditor(app: AppContext, packId: string): Promise<HTMLElement> {
  const [pack, wordings, cues] = await Promise.all([lessonPack(packId), app.repos.wordingsOf(packId), cuesOf(packId)]);
  await Promise.all(LANGUAGES.map((lang) => loadNamespace(lang, packId)));
  const builtIn = pack.manifest.agreement.promises;
  const candidates = promiseCues(
    builtIn.map((p) => p.id),
    cues,
  );
  const promiseNames = (ids: readonly string[]) =>
    ids.map((id) => packText(packId, `promises.${id}.keyword`)).join(', ');
  const active = activeWording(wordings);
  const when = (iso: string) => new Date(iso).toLocaleDateString(i18next.language, { dateStyle: 'medium' });
  const builtInWords = (lang: string, id: string) => ({
    keyword: packText(packId, `promises.${id}.keyword`, { lng: lang }),
    text: packText(packId, `promises.${id}.text`, { lng: lang }),
  });
  let items: WordingItem[] =
    active && !active.builtIn
      ? structuredClone(active.items)
      : builtIn.map((p) => ({
          id: p.id,
          words: Object.fromEntries(LANGUAGES.map((lang) => [lang, builtInWords(lang, p.id)])),
          promises: [p.id],
        }));
  // The app's own statements are shown until the school has its own list: a paste then starts one.
  let ownList = Boolean(active && !active.builtIn);

  const list = h('ol', { class: 'wording-items' });
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const n = index + 1;
        // Promises suggested from the statement's words, until the teacher ticks some.
        const suggestion = h('p', { class: 'wording-suggestion' });
        const showSuggestion = () => {
          suggestion.hidden = item.promises.length > 0;
          const suggested = suggestPromises(item.words, candidates);
          if (!suggested.length) {
            suggestion.replaceChildren(t('teacher.wording.noSuggestion'));
            return;
          }
          const promises = promiseNames(suggested);
          const use = () => {
            item.promises = suggested;
            render();
            status.textContent = t('teacher.wording.confirmed', { n, promises });
            list.children[index]?.querySelector<HTMLInputElement>('input:checked')?.focus();
          };
          suggestion.replaceChildren(
            t('teacher.wording.suggested', { promises }),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'small-button',
                'aria-label': t('teacher.wording.useSuggestionFor', { n, promises }),
                onclick: use,
              },
              t('teacher.wording.useSuggestion'),
            ),
          );
        };
        const wordFields = LANGUAGES.flatMap((lang) => {
          const words = item.words[lang] ?? { keyword: '', text: '' };
          const keyword = h('input', { type: 'text', value: words.keyword, maxlength: '80' });
          const text = h('textarea', { rows: '2', maxlength: '600' });
          text.value = words.text;
          const update = () => {
            item.words[lang] = { keyword: keyword.value, text: text.value };
            ownList = true;
            showSuggestion();
          };
          keyword.addEventListener('input', update);
          text.addEventListener('input', update);
          const language = languageName(lang);
          return [
            field(t('teacher.wording.keyword', { language }), keyword),
            field(t('teacher.wording.text', { language }), text),
          ];
        });
        const plays = h(
          'fieldset',
          { class: 'picture-choice' },
          h('legend', {}, t('teacher.wording.plays')),
          ...builtIn.map((p) => {
            const box = h('input', { type: 'checkbox', checked: item.promises.includes(p.id) });
            box.addEventListener('change', () => {
              item.promises = builtIn
                .map((b) => b.id)
                .filter((id) => (id === p.id ? box.checked : item.promises.includes(id)));
              showSuggestion();
            });
            return h('label', {}, box, h('span', {}, packText(packId, `promises.${p.id}.keyword`)));
          }),
        );
        const statement = h(
          'li',
          { class: 'wording-item' },
          h('fieldset', {}, h('legend', {}, t('teacher.wording.statement', { n })), ...wordFields, suggestion, plays),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                items.splice(index, 1);
                ownList = true;
                render();
              },
            },
            t('teacher.wording.remove'),
          ),
        );
        showSuggestion();
        return statement;
      }),
    );
  };

  const problems = h('ul', { class: 'form-error', role: 'alert' });
  const status = statusBox();
  render();
  const publish = async () => {
    problems.replaceChildren();
    // Blank words in one language are left out (that language falls back to the other).
    const cleaned = items.map((item, i) => ({
      ...item,
      id: item.id || `item-${i + 1}`,
      words: Object.fromEntries(Object.entries(item.words).filter(([, w]) => w.keyword.trim() || w.text.trim())),
    }));
    if (!cleaned.length) {
      problems.append(h('li', {}, t('teacher.wording.none')));
      return;
    }
    const playNothing = new Set(statementsWithoutScenarios(pack, cleaned));
    const wrong = cleaned.flatMap((item, i) => {
      if (playNothing.has(i)) {
        const words = Object.keys(item.words).length ? wordsIn(item, i18next.language) : undefined;
        const name = words?.keyword.trim() || words?.text.trim() || t('teacher.wording.statement', { n: i + 1 });
        return [t('teacher.wording.noScenarios', { name, n: i + 1 })];
      }
      const parsed = WordingItem.safeParse(item);
      return parsed.success
        ? []
        : [t('teacher.wording.problem', { n: i + 1, problem: parsed.error.issues[0]?.message ?? '' })];
    });
    if (wrong.length) {
      problems.append(...wrong.map((w) => h('li', {}, w)));
      return;
    }
    const saved = await app.repos.publishWording(packId, cleaned);
    status.textContent = t('teacher.wording.published', { number: saved.number });
  };

  // The pasted list's language: the UI's at first, then the first language the list still lacks.
  const pasteLanguage = h('fieldset', { class: 'picture-choice' }, h('legend', {}, t('teacher.wording.pasteLanguage')));
  const languageBoxes = LANGUAGES.map((lang) => {
    const radio = h('input', { type: 'radio', name: 'paste-language', value: lang });
    pasteLanguage.append(h('label', {}, radio, h('span', {}, languageName(lang))));
    return radio;
  });
  const choosePasteLanguage = () => {
    const lacking = ownList
      ? LANGUAGES.find((lang) => items.some((item) => !item.words[lang]?.text.trim()))
      : undefined;
    const lang = lacking ?? (LANGUAGES.includes(i18next.language) ? i18next.language : LANGUAGES[0]);
    for (const radio of languageBoxes) radio.checked = radio.value === lang;
  };
  choosePasteLanguage();
  const paste = h('textarea', { rows: '6' });
  const startNew = h('button', { type: 'button', class: 'secondary', hidden: true }, t('teacher.wording.startNew'));
  const usePaste = (asNewList: boolean) => {
    problems.replaceChildren();
    startNew.hidden = true;
    const lang = languageBoxes.find((r) => r.checked)?.value ?? i18next.language;
    const language = languageName(lang);
    const result = pasteWordingList(items, paste.value, lang, asNewList || !ownList);
    if (!result.ok) {
      status.textContent = '';
      if (result.problem === 'empty') problems.append(h('li', {}, t('teacher.wording.emptyPaste')));
      else {
        problems.append(h('li', {}, t('teacher.wording.countDiffers', { ...result, language })));
        startNew.hidden = false;
      }
      return;
    }
    items = result.items;
    ownList = true;
    render();
    choosePasteLanguage();
    status.textContent =
      result.filled === 'new'
        ? t('teacher.wording.pastedNew', { count: items.length, language })
        : t('teacher.wording.pastedLanguage', { count: items.length, language });
  };
  startNew.addEventListener('click', () => usePaste(true));

  const title = packText(packId, 'pack.title');
  return teacherPage(app, t('teacher.wording.title', { pack: title }), { back: () => app.go({ name: 'teacher' }) }, [
    h(
      'p',
      {},
      active && !active.builtIn
        ? t('teacher.wording.inUse', { number: active.number, date: when(active.publishedAt) })
        : t('teacher.wording.inUseBuiltIn'),
    ),
    h(
      'div',
      { class: 'teacher-form' },
      list,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            items.push({ id: `item-${Date.now().toString(36)}`, words: {}, promises: [] });
            ownList = true;
            render();
          },
        },
        t('teacher.wording.add'),
      ),
    ),
    h(
      'div',
      { class: 'teacher-form' },
      field(t('teacher.wording.paste'), paste, t('teacher.wording.pasteHint')),
      pasteLanguage,
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => usePaste(false) },
          t('teacher.wording.usePaste'),
        ),
        startNew,
      ),
    ),
    h(
      'div',
      { class: 'teacher-form' },
      problems,
      status,
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: saveOnce(async () => {
              await publish();
              return 'again';
            }, app.fail),
          },
          t('teacher.wording.publish'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: saveOnce(async () => {
              const saved = await app.repos.publishWording(packId, [], true);
              status.textContent = t('teacher.wording.backToBuiltIn', { number: saved.number });
              return 'again';
            }, app.fail),
          },
          t('teacher.wording.builtIn'),
        ),
      ),
    ),
    wordings.length
      ? h(
          'section',
          { class: 'dash-section' },
          h('h2', {}, t('teacher.wording.versions')),
          h(
            'ul',
            {},
            ...wordings.map((w) =>
              h(
                'li',
                {},
                t('teacher.wording.version', {
                  number: w.number,
                  date: when(w.publishedAt),
                  what: w.builtIn ? t('teacher.wording.own') : t('teacher.wording.school', { count: w.items.length }),
                }),
                // Brought in with another tablet's backup: children play it only once chosen here.
                w.imported
                  ? h(
                      'span',
                      {},
                      ` ${t('teacher.wording.imported')} `,
                      h(
                        'button',
                        {
                          type: 'button',
                          class: 'small-button',
                          onclick: saveOnce(async () => {
                            await app.repos.publishWording(packId, w.items, w.builtIn);
                            app.go({ name: 'wording', packId });
                            return 'done';
                          }, app.fail),
                        },
                        t('teacher.wording.useThis', { number: w.number }),
                      ),
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
  ]);
}
