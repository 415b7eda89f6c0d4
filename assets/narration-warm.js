/*
 * Imported into the generated service worker (vite.config.ts, workbox importScripts). The page
 * asks for a pack's narration; fetching and storing it here, one file at a time, keeps that
 * work off the page's main thread while a child plays, and gentle on a school's connection.
 * The cache is the one the runtime route reads ('narration', cache-first).
 */
self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'warm-narration' || !Array.isArray(urls)) return;
  event.waitUntil(warm(urls.filter((u) => typeof u === 'string')));
});

async function warm(urls) {
  const cache = await caches.open('narration');
  for (const url of urls) {
    const absolute = new URL(url, self.location.href);
    if (absolute.origin !== self.location.origin || !absolute.pathname.includes('/narration/')) continue;
    if (await cache.match(absolute)) continue;
    try {
      const response = await fetch(absolute);
      if (response.ok) await cache.put(absolute, response);
    } catch {
      // Offline or gone: the line falls back to the device's voice when it is needed.
    }
  }
}
