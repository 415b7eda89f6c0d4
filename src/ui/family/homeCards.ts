/* "Talk about it at home": for each promise, a question to ask, a thing to do, a thing to set up. */
import type { AppContext } from '../../app/appContext';
import { lessonPack } from '../../app/content';
import { packText, t } from '../../app/i18n';
import { adultLayout } from '../adultLayout';
import { h, icon } from '../dom';

export async function homeCards(app: AppContext, packId: string): Promise<HTMLElement> {
  const pack = await lessonPack(packId);
  const line = (label: string, words: string) => h('p', {}, h('strong', {}, `${label}: `), words);
  const cards = pack.manifest.agreement.promises.map((p) =>
    h(
      'article',
      { class: 'home-card' },
      h('h2', {}, icon(p.icon, ''), h('span', {}, packText(packId, `promises.${p.id}.keyword`))),
      h('p', { class: 'home-promise' }, packText(packId, `promises.${p.id}.text`)),
      line(t('family.ask'), packText(packId, `home.${p.id}.ask`)),
      line(t('family.do'), packText(packId, `home.${p.id}.do`)),
      line(t('family.setUp'), packText(packId, `home.${p.id}.setUp`)),
    ),
  );
  return adultLayout(
    `${t('family.cardsTitle')}: ${packText(packId, 'pack.title')}`,
    { label: t('family.back'), onExit: () => app.go({ name: 'family' }) },
    ...cards,
  );
}
