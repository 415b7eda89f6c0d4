/*
 * A child finds themselves by their animal picture and name: no typing, no password (a class
 * login on a shared device, as the seeds describe for the youngest). Pupils never see each
 * other's results here, only pictures and names.
 */
import type { ChildContext } from '../../app/appContext';
import { t } from '../../app/i18n';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { nameSaid, pickPupil } from '../spokenLines';
import { hearClassTeacher } from './pupilInClass';

export async function pupilPicker(app: ChildContext, classId: string): Promise<HTMLElement> {
  const [klass, pupils, classes] = await Promise.all([
    app.repos.getClass(classId),
    app.repos.listPupils(classId),
    app.repos.listClasses(),
  ]);
  if (!klass) {
    app.go({ name: 'title' });
    return h('div');
  }
  // Once the class is known, its teacher's voice says "Find your picture" too.
  hearClassTeacher(app, klass.id);
  void app.caption.say(pickPupil());
  return childLayout({
    title: t('pick.pupilTitle', { className: klass.name }),
    back: {
      label: t('controls.back'),
      onClick: () => app.go(classes.length > 1 ? { name: 'classes' } : { name: 'title' }),
    },
    body: [
      app.caption.el,
      h(
        'ul',
        { class: 'card-grid pupils', role: 'list' },
        ...pupils.map((p) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'pick-card pupil-card',
                onclick: () => app.go({ name: 'map', pupilId: p.id }),
                onfocus: () => void app.caption.say(nameSaid(p.displayName)),
              },
              icon(p.avatar, '', 'icon big'),
              h('span', {}, p.displayName),
            ),
          ),
        ),
      ),
    ],
  });
}
