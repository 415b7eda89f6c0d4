/* Device settings that change how every screen looks, sounds and is reached. */

import { narrator } from '../audio/narrator';
import { sounds } from '../audio/sounds';
import type { SettingsRecord } from '../domain/records';
import { startScanning, stopScanning } from '../ui/switchScanning';
import { setIdleMinutes } from './teacherSession';
import { rememberTitleLanguage } from './titleLanguage';

export function applySettings(settings: SettingsRecord): void {
  const root = document.documentElement;
  root.dataset.font = settings.dyslexiaFont ? 'dyslexia' : 'standard';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
  rememberTitleLanguage(settings.language);
  setIdleMinutes(settings.teacherIdleMinutes);
  narrator.enabled = settings.narration;
  sounds.enabled = settings.sounds;
  narrator.rate = settings.narrationRate;
  narrator.useFiles = settings.narrationVoice === 'recorded';
  if (settings.switchScanning) startScanning(settings.scanIntervalMs);
  else stopScanning();
}
