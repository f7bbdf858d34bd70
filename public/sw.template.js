// Service worker: keeps this version's files so that the app works offline after one
// visit. scripts/post-build.mjs fills in the version and the file list at each build and
// writes the result to dist/sw.js (this template is not shipped).
const CACHE = "metier-back-end-__VERSION__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// A new version waits while tabs of the old one are open, so that one page never mixes
// two versions. The page shows "Nouvelle version disponible" (src/ui/offline.rs); its
// "Recharger" button sends "skip-waiting", and the page reloads once this version
// controls it. Older versions' caches go once this version takes over.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("metier-back-end-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// This version's files from the cache; the page itself (any navigation, since routes
// live in the URL fragment) is its cached index.html; everything else from the network.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const lookup = request.mode === "navigate" ? caches.match("./", { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE });
  event.respondWith(lookup.then((cached) => cached || fetch(request)));
});
