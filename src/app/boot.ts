/*
 * The app, loaded behind the built-in title (src/main.ts): opens the device's database, starts
 * the words in the saved language, and routes between the children's side and the teacher
 * area. A reload in the middle of a scenario comes back to it (the play session is in IndexedDB).
 */
import '../ui/styles.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import { narrator } from '../audio/narrator';
import { openDatabase } from '../storage/database';
import { PasscodeLock } from '../storage/passcodeLock';
import { Repositories } from '../storage/repositories';
import { StorageError, toStorageError } from '../storage/storageError';
import { Caption } from '../ui/caption';
import { whenLanguageSwitched } from '../ui/languageToggle';
import { problemScreen } from '../ui/problemScreen';
import { announceScreenChange } from '../ui/screenChange';
import { ignoreSecondTaps } from '../ui/secondTap';
import { placeScreen, takeOverTitle, titleScreen } from '../ui/titleScreen';
import type { AppContext } from './appContext';
import { applySettings } from './applySettings';
import { ContentError } from './content';
import { startI18n, switchLanguage, t } from './i18n';
import { startOfflineSupport } from './offline';
import { screenContext } from './screenContext';
import { type ScreenName, TEACHER_SCREENS } from './screens';
import { isUnlocked, lockNow, watchTeacherSession } from './teacherSession';
import { rememberTitleLanguage } from './titleLanguage';

const root = document.getElementById('screen') as HTMLElement;
ignoreSecondTaps(root);

/**
 * Only the title screen is in the first download; every other screen is fetched when first
 * shown (and precached for offline use), so a cheap tablet shows "Play" sooner.
 */
async function render(app: AppContext, screen: ScreenName): Promise<HTMLElement> {
  switch (screen.name) {
    case 'title':
      return titleScreen(app);
    case 'setup':
      return (await import('../teacher/setupScreen')).setupScreen(app);
    case 'unlock':
      return (await import('../teacher/unlockScreen')).unlockScreen(app);
    case 'teacher':
      return (await import('../teacher/teacherHome')).teacherHome(app);
    case 'class':
      return (await import('../teacher/classDashboard')).classDashboard(app, screen.classId);
    case 'pupil':
      return (await import('../teacher/pupilPage')).pupilPage(app, screen.pupilId);
    case 'print':
      return (await import('../teacher/printAgreements')).printAgreements(app, screen.classId, screen.pupilId);
    case 'evidence':
      return (await import('../teacher/evidenceReportPage')).evidenceReportPage(app, screen.classId);
    case 'workshop':
      return (await import('../teacher/workshopPage')).workshopPage(app);
    case 'wording':
      return (await import('../teacher/wordingEditor')).wordingEditor(app, screen.packId);
    case 'voices':
      return (await import('../teacher/voicesPage')).voicesPage(app, screen.classId, screen.packId, screen.lang);
    case 'voiceSession':
      return (await import('../teacher/voiceSession')).voiceSession(app, screen.classId, screen.packId, screen.lang);
    case 'family':
      return (await import('../ui/family/familyHome')).familyHome(app);
    case 'homeCards':
      return (await import('../ui/family/homeCards')).homeCards(app, screen.packId);
    case 'parents':
      return (await import('../ui/family/parentsPage')).parentsPage(app);
    case 'privacy':
      return (await import('../ui/privacyNotice')).privacyNotice(app, screen.back);
    case 'classes':
      return (await import('../ui/child/classPicker')).classPicker(app);
    case 'pupils':
      return (await import('../ui/child/pupilPicker')).pupilPicker(app, screen.classId);
    case 'map':
      return (await import('../ui/child/promiseMap')).promiseMap(app, screen.pupilId);
    case 'play':
      return (await import('../ui/child/scenarioPlayer')).scenarioPlayer(app, screen.pupilId, screen.promiseId);
    case 'checkBack':
      return (await import('../ui/child/scenarioPlayer')).checkBackPlayer(app, screen.pupilId);
    case 'ceremony':
      return (await import('../ui/child/ceremony')).ceremony(app, screen.pupilId);
    case 'signing':
      return (await import('../ui/child/signing')).signing(app, screen.pupilId);
    case 'certificate':
      return (await import('../ui/child/certificate')).certificate(app, screen.pupilId, screen.acknowledgementId);
    case 'problem':
      return problemScreen(screen.problem, screen.detail, () => app.go({ name: 'title' }));
  }
}

function problemOf(error: unknown): ScreenName {
  if (error instanceof StorageError) return { name: 'problem', problem: error.kind };
  if (error instanceof ContentError) return { name: 'problem', problem: 'content', detail: error.message };
  return { name: 'problem', problem: 'unknown', detail: String((error as Error)?.message ?? error) };
}

async function boot(): Promise<void> {
  performance.mark('boot-start');
  const db = openDatabase();
  const repos = new Repositories(db);
  let settings: Awaited<ReturnType<Repositories['settings']>>;
  try {
    await db.open();
    settings = await repos.settings();
    performance.mark('settings-read');
  } catch (error) {
    await startI18n(navigator.language.startsWith('cy') ? 'cy' : 'en-GB');
    // A full disk on a new device says so; anything unrecognised reads as storage refused.
    const { kind } = toStorageError(error);
    root.replaceChildren(
      problemScreen(kind === 'unknown' ? 'unavailable' : kind, String((error as Error)?.message ?? ''), () =>
        location.reload(),
      ),
    );
    return;
  }
  const sessionRead = repos.playSession().catch(() => undefined);
  await startI18n(settings.language);
  performance.mark('words-ready');
  applySettings(settings);
  db.on('versionchange', () => {
    db.close();
    root.replaceChildren(problemScreen('other-tab', undefined, () => location.reload()));
  });

  let generation = 0;
  const caption = new Caption();
  const app: AppContext = {
    repos,
    lock: new PasscodeLock(repos),
    settings,
    caption,
    current: { name: 'title' },
    live: () => true,
    go(asked) {
      // A locked teacher page is the passcode page, and is known as it, so the lock watch does
      // not draw it again (and empty a passcode being typed).
      const screen: ScreenName = TEACHER_SCREENS.has(asked.name) && !isUnlocked() ? { name: 'unlock' } : asked;
      const mine = ++generation;
      // A new screen starts at its top; the same one re-drawn (a language switch) keeps its place.
      const sameScreen = app.current.name === screen.name;
      app.current = screen;
      // Any page outside the teacher area (the workshop's QR code shown to a hall of parents, the
      // privacy notice, the children's screens) locks it: Back from there asks for the passcode.
      if (!TEACHER_SCREENS.has(screen.name) && screen.name !== 'unlock' && screen.name !== 'setup') lockNow();
      // A family playing without a profile keeps nothing: leaving play ends the guest's memory.
      if (['title', 'family', 'unlock', 'setup', ...TEACHER_SCREENS].includes(screen.name)) {
        app.repos = repos;
        narrator.teacherVoice = undefined;
      }
      narrator.stop();
      render(
        screenContext(app, caption, () => mine === generation),
        screen,
      )
        .then((el) => {
          if (mine !== generation) return;
          placeScreen(root, el);
          announceScreenChange();
          if (!sameScreen) window.scrollTo(0, 0);
          document.title = `${el.querySelector('h1')?.textContent ?? ''} · ${t('app.name')}`;
          // A new screen starts at its heading; the kept built-in title keeps a button already chosen.
          if (!el.contains(document.activeElement)) el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
          takeOverTitle(screen.name === 'title' ? el : undefined);
        })
        .catch((error) => app.fail(error));
    },
    fail(error) {
      console.error(error);
      app.go(problemOf(error));
    },
  };

  watchTeacherSession(() => {
    if (TEACHER_SCREENS.has(app.current.name) && !isUnlocked()) app.go({ name: 'unlock' });
  });

  whenLanguageSwitched(async (lang) => {
    await switchLanguage(lang);
    app.settings = await app.repos.updateSettings({ language: lang });
    rememberTitleLanguage(lang);
    app.go(app.current);
  });

  const session = await sessionRead;
  app.go(
    !session
      ? { name: 'title' }
      : session.checkBack
        ? { name: 'checkBack', pupilId: session.pupilId }
        : { name: 'play', pupilId: session.pupilId, promiseId: session.promiseId },
  );
  startOfflineSupport();
  void navigator.storage?.persist?.();
}

void boot();
