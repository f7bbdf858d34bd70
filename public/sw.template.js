// Service worker: keeps this version's files so that the app works offline after one
// visit. scripts/site.mjs fills in the app, the version and the file list at each build
// and writes the result to dist/sw.js (this template is not shipped).
//
// One cache per app: its name holds the role's storage key and this worker's scope, so
// two apps served from one origin (two roles, or one role under two paths) never delete
// each other's files.
const APP = __APP__;
const VERSION = __VERSION__;
// Each file with the SHA-256 of the exact bytes this build wrote.
const FILES = __FILES__;
const PREFIX = `${APP} ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
// Before each app had its own cache, every build named its cache this way.
const LEGACY = /^metier-back-end-[0-9a-f]{16}$/;

// A version is installed whole or not at all. Each file is fetched past the browser's
// HTTP cache (`cache: "reload"`), so that a file of the previous version that the cache
// still holds never lands in this version's cache; and it is checked against its hash,
// so that a file changed since the build fails the install. If one file fails,
// `addAll` stores none, the empty cache goes, and the running version stays in charge.
self.addEventListener("install", (event) => {
  const requests = FILES.map(([url, integrity]) => new Request(url, { cache: "reload", integrity }));
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(requests)).catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

// A new version waits while tabs of the old one are open, so that one page never mixes
// two versions. The page shows "Nouvelle version disponible" (src/ui/offline.rs); its
// "Recharger" button sends "skip-waiting", and the page reloads once this version
// controls it. This app's older caches go once this version takes over.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  const older = (key) => (key.startsWith(PREFIX) && key !== CACHE) || LEGACY.test(key);
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter(older).map((key) => caches.delete(key))))
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
