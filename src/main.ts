/*
 * Wires the app together: opens the device's database, starts the words in the saved
 * language, and routes between the children's side and the teacher area. A reload in the
 * middle of a scenario comes back to it (the play session is in IndexedDB).
 */
import '@fontsource/andika/latin-400.css';
import '@fontsource/andika/latin-ext-400.css';
import '@fontsource/andika/latin-700.css';
import '@fontsource/andika/latin-ext-700.css';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import './ui/styles.css';
import type { AppContext } from './app/appContext';
import { applySettings } from './app/applySettings';
import { ContentError } from './app/content';
import { startI18n, t } from './app/i18n';
import { startOfflineSupport } from './app/offline';
import { type ScreenName, TEACHER_SCREENS } from './app/screens';
import { narrator } from './audio/narrator';
import { openDatabase } from './storage/database';
import { PasscodeLock } from './storage/passcodeLock';
import { Repositories } from './storage/repositories';
import { StorageError } from './storage/storageError';
import { classDashboard } from './teacher/classDashboard';
import { printAgreements } from './teacher/printAgreements';
import { pupilPage } from './teacher/pupilPage';
import { setupScreen } from './teacher/setupScreen';
import { teacherHome } from './teacher/teacherHome';
import { isUnlocked, unlockScreen } from './teacher/unlockScreen';
import { Caption } from './ui/caption';
import { ceremony } from './ui/child/ceremony';
import { certificate } from './ui/child/certificate';
import { classPicker } from './ui/child/classPicker';
import { promiseMap } from './ui/child/promiseMap';
import { pupilPicker } from './ui/child/pupilPicker';
import { scenarioPlayer } from './ui/child/scenarioPlayer';
import { signing } from './ui/child/signing';
import { problemScreen } from './ui/problemScreen';
import { titleScreen } from './ui/titleScreen';

const root = document.getElementById('screen') as HTMLElement;

function render(app: AppContext, screen: ScreenName): Promise<HTMLElement> {
  if (TEACHER_SCREENS.has(screen.name) && !isUnlocked()) return unlockScreen(app);
  switch (screen.name) {
    case 'title':
      return titleScreen(app);
    case 'setup':
      return setupScreen(app);
    case 'unlock':
      return unlockScreen(app);
    case 'teacher':
      return teacherHome(app);
    case 'class':
      return classDashboard(app, screen.classId);
    case 'pupil':
      return pupilPage(app, screen.pupilId);
    case 'print':
      return printAgreements(app, screen.classId, screen.pupilId);
    case 'classes':
      return classPicker(app);
    case 'pupils':
      return pupilPicker(app, screen.classId);
    case 'map':
      return promiseMap(app, screen.pupilId);
    case 'play':
      return scenarioPlayer(app, screen.pupilId, screen.promiseId);
    case 'ceremony':
      return ceremony(app, screen.pupilId);
    case 'signing':
      return signing(app, screen.pupilId);
    case 'certificate':
      return certificate(app, screen.pupilId, screen.acknowledgementId);
    case 'problem':
      return Promise.resolve(problemScreen(screen.problem, screen.detail, () => app.go({ name: 'title' })));
  }
}

function problemOf(error: unknown): ScreenName {
  if (error instanceof StorageError) return { name: 'problem', problem: error.kind };
  if (error instanceof ContentError) return { name: 'problem', problem: 'content', detail: error.message };
  return { name: 'problem', problem: 'unknown', detail: String((error as Error)?.message ?? error) };
}

async function boot(): Promise<void> {
  const db = openDatabase();
  const repos = new Repositories(db);
  let settings: Awaited<ReturnType<Repositories['settings']>>;
  try {
    await db.open();
    settings = await repos.settings();
  } catch (error) {
    await startI18n(navigator.language.startsWith('cy') ? 'cy' : 'en-GB');
    root.replaceChildren(
      problemScreen('unavailable', String((error as Error)?.message ?? ''), () => location.reload()),
    );
    return;
  }
  await startI18n(settings.language);
  applySettings(settings);
  db.on('versionchange', () => {
    db.close();
    root.replaceChildren(problemScreen('other-tab', undefined, () => location.reload()));
  });

  let generation = 0;
  const app: AppContext = {
    repos,
    lock: new PasscodeLock(repos),
    settings,
    caption: new Caption(),
    go(screen) {
      const mine = ++generation;
      narrator.stop();
      render(app, screen)
        .then((el) => {
          if (mine !== generation) return;
          root.replaceChildren(el);
          document.title = `${el.querySelector('h1')?.textContent ?? ''} · ${t('app.name')}`;
          el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
        })
        .catch((error) => app.fail(error));
    },
    fail(error) {
      console.error(error);
      app.go(problemOf(error));
    },
  };

  const session = await repos.playSession().catch(() => undefined);
  app.go(session ? { name: 'play', pupilId: session.pupilId, promiseId: session.promiseId } : { name: 'title' });
  startOfflineSupport();
  void navigator.storage?.persist?.();
}

void boot();
