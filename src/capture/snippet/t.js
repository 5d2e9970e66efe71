/*
 * Bastão tracking snippet (docs/tracking.md). Install with one tag:
 *   <script async src="https://bastao.example.com/t.js" data-site="site_…"></script>
 * Records page views with a first-party anonymous id (cookie, localStorage fallback),
 * sends them in batches with sendBeacon / fetch keepalive, forwards forms marked
 * data-bastao-form, and sends nothing under Do-Not-Track or window.bastaoConsent === false.
 * API: bastao.identify({ email, name, … }), bastao.track(name, props), bastao.page().
 */
(() => {
  const w = window;
  const d = document;
  const n = navigator;
  const script = d.currentScript;
  if (!script || w.bastao?.loaded) {
    return;
  }
  const queued = Array.isArray(w.bastao) ? w.bastao : [];
  const key = script.getAttribute('data-site') || '';
  const api = (script.getAttribute('data-api') || new URL(script.src).origin).replace(/\/$/, '');
  const cookieDomain = script.getAttribute('data-cookie-domain');
  const VID = '_bastao_vid';
  const ID = /^[\w-]{16,64}$/;
  const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  const isOff = () => n.doNotTrack === '1' || w.doNotTrack === '1' || w.bastaoConsent === false;
  const randomId = (size) =>
    Array.from(crypto.getRandomValues(new Uint8Array(size)), (b) => CHARS[b & 63]).join('');
  const httpUrl = (url) => (/^https?:\/\//.test(url || '') ? url.slice(0, 2000) : '');

  let visitorId = '';
  const vid = () => {
    if (visitorId) {
      return visitorId;
    }
    let stored = '';
    try {
      stored = localStorage.getItem(VID) || '';
    } catch {
      // Storage blocked: the cookie alone keeps the id.
    }
    const cookie = (d.cookie.match(/(?:^|;\s*)_bastao_vid=([\w-]+)/) || [])[1] || '';
    visitorId = ID.test(cookie) ? cookie : ID.test(stored) ? stored : randomId(22);
    const domain = cookieDomain ? `; domain=${cookieDomain}` : '';
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in older Safari and Firefox.
    d.cookie = `${VID}=${visitorId}; max-age=34128000; path=/; SameSite=Lax${domain}${secure}`;
    try {
      localStorage.setItem(VID, visitorId);
    } catch {
      // Storage blocked: the cookie alone keeps the id.
    }
    return visitorId;
  };

  const send = (path, body, type) => {
    const url = api + path;
    try {
      if (n.sendBeacon?.(url, new Blob([body], { type }))) {
        return;
      }
    } catch {
      // Some browsers refuse beacons in some states: fall back to fetch.
    }
    fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'Content-Type': type },
    }).catch(() => {});
  };

  let queue = [];
  let identity = null;
  let timer = 0;
  const flush = () => {
    clearTimeout(timer);
    timer = 0;
    while (queue.length > 0 || identity) {
      const body = { visitorId: vid(), sentAt: Date.now(), events: queue.slice(0, 20) };
      queue = queue.slice(20);
      if (identity) {
        body.identify = identity;
        identity = null;
      }
      send(`/t/collect?k=${encodeURIComponent(key)}`, JSON.stringify(body), 'text/plain');
    }
  };
  const push = (event) => {
    if (isOff()) {
      return;
    }
    queue.push({ id: randomId(12), at: Date.now(), url: httpUrl(location.href), ...event });
    // One request for a page view and whatever follows it within a second.
    timer ||= setTimeout(flush, 1000);
  };

  let lastUrl = d.referrer;
  const page = () => {
    const referrer = httpUrl(lastUrl);
    push({ type: 'page_view', title: d.title.slice(0, 500), ...(referrer ? { referrer } : {}) });
    lastUrl = location.href;
  };
  const track = (name, props) =>
    push(
      name === 'download'
        ? { type: 'download', props }
        : { type: 'custom', name: String(name).slice(0, 100), props },
    );
  const identify = (traits) => {
    if (!isOff()) {
      identity = traits;
      flush();
    }
  };

  const hidden = (form, name, value) => {
    let input = form.querySelector(`input[name="${name}"]`);
    if (!input) {
      input = d.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  };
  d.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (isOff() || !(form instanceof HTMLFormElement)) {
        return;
      }
      if ((form.getAttribute('action') || '').startsWith(`${api}/f/`)) {
        // The form posts to Bastão itself: add the visitor so its history merges.
        hidden(form, VID, vid());
        hidden(form, '_bastao_url', httpUrl(location.href));
        return;
      }
      const formKey = form.getAttribute('data-bastao-form');
      if (!formKey) {
        return;
      }
      const data = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value === 'string') {
          data.append(name, value);
        }
      }
      data.set(VID, vid());
      data.set('_bastao_url', httpUrl(location.href));
      flush();
      send(`/f/${encodeURIComponent(formKey)}`, data.toString(), 'application/x-www-form-urlencoded');
    },
    true,
  );

  const pushState = history.pushState;
  history.pushState = function (...args) {
    pushState.apply(this, args);
    page();
  };
  w.addEventListener('popstate', page);
  w.addEventListener('pagehide', flush);
  d.addEventListener('visibilitychange', () => {
    if (d.visibilityState === 'hidden') {
      flush();
    }
  });

  const calls = { identify, track, page, flush };
  w.bastao = {
    loaded: true,
    ...calls,
    push: ([method, ...args]) => calls[method]?.(...args),
  };
  page();
  for (const call of queued) {
    w.bastao.push(call);
  }
})();
