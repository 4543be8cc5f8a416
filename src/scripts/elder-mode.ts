/**
 * 长者模式 (elder mode): larger text (1.25×, 1.5× or 2×), high contrast, bigger targets, a single
 * column, and read-aloud of the main content with the browser's own speech synthesis. The choice
 * is kept in localStorage; an inline script in <head> applies it before the page is drawn.
 * Nothing is fetched from anywhere.
 */
const KEY = 'chuanhui-elder';
const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-elder-toggle]');
const size = document.querySelector<HTMLSelectElement>('[data-elder-size]');
const read = document.querySelector<HTMLButtonElement>('[data-read-aloud]');

function apply(scale: string | null) {
  if (scale) root.dataset['elder'] = scale;
  else delete root.dataset['elder'];
  try {
    if (scale) localStorage.setItem(KEY, scale);
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  toggle?.setAttribute('aria-pressed', String(Boolean(scale)));
  if (size) {
    size.hidden = !scale;
    if (scale) size.value = scale;
  }
}

if (toggle && size) {
  apply(root.dataset['elder'] ?? null);
  toggle.addEventListener('click', () => apply(root.dataset['elder'] ? null : size.value || '1.5'));
  size.addEventListener('change', () => apply(size.value));
}

if (read && !('speechSynthesis' in window)) read.hidden = true;
if (read && 'speechSynthesis' in window) {
  const label = read.textContent;
  const stop = read.dataset['stopLabel']!;
  read.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      read.textContent = label;
      return;
    }
    const main = document.querySelector<HTMLElement>('main');
    const utterance = new SpeechSynthesisUtterance(main?.innerText.trim() ?? '');
    utterance.lang = root.lang;
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(root.lang.toLowerCase().slice(0, 2)));
    if (voice) utterance.voice = voice;
    utterance.onend = () => (read.textContent = label);
    read.textContent = stop;
    speechSynthesis.speak(utterance);
  });
}

document.querySelector('.elder-controls')?.removeAttribute('data-pending');

export {};
