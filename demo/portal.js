// The portal's own script, loaded in <head> before the page is drawn so that
// a remembered language applies at once. Samsyn elements follow the `lang`
// of <html> by themselves; this only sets it and keeps the title in step.
(() => {
  const key = 'norrvik:lang';
  const root = document.documentElement;
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'sv' || stored === 'en') root.lang = stored;
  } catch {
    // Storage blocked: the page stays in Swedish and the switch still works for this visit.
  }

  const visibleText = (el) =>
    (el.querySelector(`[data-lang="${root.lang === 'en' ? 'en' : 'sv'}"]`) ?? el).textContent.trim();

  // Texts that live in attributes rather than in the page: the title and aria-labels.
  const applyLang = () => {
    const en = root.lang === 'en';
    const h1 = document.querySelector('h1');
    const site = en ? 'Norrvik Municipality' : 'Norrviks kommun';
    document.title = h1 ? `${visibleText(h1)} – ${site}` : site;
    for (const el of document.querySelectorAll('[data-label-sv][data-label-en]')) {
      el.setAttribute('aria-label', en ? el.dataset.labelEn : el.dataset.labelSv);
    }
  };

  const setLang = (lang) => {
    root.lang = lang;
    try {
      localStorage.setItem(key, lang);
    } catch {
      // Not remembered, but applied.
    }
    applyLang();
  };

  document.addEventListener('DOMContentLoaded', () => {
    applyLang();
    for (const button of document.querySelectorAll('[data-switch-lang]')) {
      button.addEventListener('click', () => setLang(root.lang === 'en' ? 'sv' : 'en'));
    }
  });
})();
