/*
 * The school's own wording for a pack: statements in each language, each mapped to the
 * built-in promises whose scenarios play for it. Publishing makes a new version; nothing a
 * pupil has signed changes. Every word is shown and kept as text.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { LANGUAGES, languageName, lessonPack, loadNamespace } from '../app/content';
import { packText, t } from '../app/i18n';
import { activeWording, parseWordingList, WordingItem } from '../domain/schoolWording';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { field, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';

export async function wordingEditor(app: AppContext, packId: string): Promise<HTMLElement> {
  const [pack, wordings] = await Promise.all([lessonPack(packId), app.repos.wordingsOf(packId)]);
  await Promise.all(LANGUAGES.map((lang) => loadNamespace(lang, packId)));
  const builtIn = pack.manifest.agreement.promises;
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

  const list = h('ol', { class: 'wording-items' });
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const n = index + 1;
        const wordFields = LANGUAGES.flatMap((lang) => {
          const words = item.words[lang] ?? { keyword: '', text: '' };
          const keyword = h('input', { type: 'text', value: words.keyword, maxlength: '80' });
          const text = h('textarea', { rows: '2', maxlength: '600' });
          text.value = words.text;
          const update = () => {
            item.words[lang] = { keyword: keyword.value, text: text.value };
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
            });
            return h('label', {}, box, h('span', {}, packText(packId, `promises.${p.id}.keyword`)));
          }),
        );
        return h(
          'li',
          { class: 'wording-item' },
          h('fieldset', {}, h('legend', {}, t('teacher.wording.statement', { n })), ...wordFields, plays),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                items.splice(index, 1);
                render();
              },
            },
            t('teacher.wording.remove'),
          ),
        );
      }),
    );
  };
  render();

  const problems = h('ul', { class: 'form-error', role: 'alert' });
  const status = statusBox();
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
    const wrong = cleaned.flatMap((item, i) => {
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
  const paste = h('textarea', { rows: '6' });
  const usePaste = () => {
    items = parseWordingList(paste.value, i18next.language);
    render();
    status.textContent = t('teacher.wording.pasted', { count: items.length });
  };

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
            render();
          },
        },
        t('teacher.wording.add'),
      ),
    ),
    h(
      'div',
      { class: 'teacher-form' },
      field(t('teacher.wording.paste'), paste),
      h('button', { type: 'button', class: 'secondary', onclick: usePaste }, t('teacher.wording.usePaste')),
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
