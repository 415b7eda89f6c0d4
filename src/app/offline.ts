/*
 * The service worker precaches everything after the first visit. An update waits: it is
 * applied on the next start, never in the middle of a child's scenario.
 */
import { registerSW } from 'virtual:pwa-register';

export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator)) return;
  // After the first screen is up: precaching 11 MB must not slow a cold start on a cheap tablet.
  const register = () => setTimeout(() => registerSW({ immediate: true }), 500);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
