/*
 * The service worker precaches everything after the first visit. An update waits: it is
 * applied on the next start, never in the middle of a child's scenario.
 */
import { registerSW } from 'virtual:pwa-register';

export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
