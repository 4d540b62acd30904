// Keeps a proposal draft safe while it is typed: every change is copied to this browser's storage
// at once, and sent to the server (htmx autosave) shortly after. If the session has expired the
// server answers 401; the copy stays here, the user is asked to sign in again in another tab, and
// the next autosave (or the "restore" button after a reload) puts everything back.
(function () {
  const form = document.querySelector('form[data-autosave-key]');
  if (!form) { return; }
  const key = 'kstp-draft-' + form.dataset.autosaveKey;
  const banner = document.getElementById('autosave-restore');
  const expired = document.getElementById('autosave-expired');

  // ID numbers (typed in a team row or in the person search) never go into this browser's storage.
  function kept(name) { return name !== '_csrf' && name !== 'version' && name !== 'q' && !name.endsWith('.idNumber'); }
  function snapshot() {
    const data = {};
    new FormData(form).forEach((value, name) => { if (kept(name)) { data[name] = value; } });
    return data;
  }
  function save() { localStorage.setItem(key, JSON.stringify({at: Date.now(), data: snapshot()})); }
  function restore(saved) {
    Object.entries(saved.data).forEach(([name, value]) => {
      const field = form.elements.namedItem(name);
      if (field && !(field instanceof RadioNodeList)) { field.value = value; }
    });
  }

  const stored = localStorage.getItem(key);
  if (stored && banner) {
    const saved = JSON.parse(stored);
    if (JSON.stringify(saved.data) !== JSON.stringify(snapshot())) {
      banner.classList.remove('d-none');
      banner.querySelector('button').addEventListener('click', () => { restore(saved); banner.classList.add('d-none'); });
    }
  }
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', () => localStorage.removeItem(key));
  document.body.addEventListener('htmx:afterRequest', (e) => {
    if (e.detail.elt !== form) { return; }
    if (e.detail.xhr.status === 401 || e.detail.xhr.status === 403) {
      expired.classList.remove('d-none');
    } else if (e.detail.successful) {
      expired.classList.add('d-none');
      if (e.detail.xhr.responseText.includes('text-success')) { localStorage.removeItem(key); }
    }
  });
})();
