/**
 * 长者模式 (elder mode): larger text (1.25×, 1.5× or 2×), high contrast, bigger targets, a single
 * column, and read-aloud of the main content with the browser's own speech synthesis. The choice
 * is kept in localStorage; an inline script in <head> applies it before the page is drawn.
 * Nothing is fetched from anywhere.
 */
const KEY = 'chuanhui-elder';
const root = document.documentElement;
// The header draws the controls twice (the wide bar, the phone menu; on phones the bar keeps a short
// 长者 switch too): CSS shows what fits, and every copy shows the same state.
const all = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)];
const toggles = all<HTMLButtonElement>('[data-elder-toggle]');
const sizes = all<HTMLSelectElement>('[data-elder-size]');
const reads = all<HTMLButtonElement>('[data-read-aloud]');

function apply(scale: string | null) {
  if (scale) root.dataset['elder'] = scale;
  else delete root.dataset['elder'];
  try {
    if (scale) localStorage.setItem(KEY, scale);
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  for (const toggle of toggles) toggle.setAttribute('aria-pressed', String(Boolean(scale)));
  for (const size of sizes) {
    size.hidden = !scale;
    if (scale) size.value = scale;
  }
}

if (sizes[0]) {
  apply(root.dataset['elder'] ?? null);
  for (const toggle of toggles) toggle.addEventListener('click', () => apply(root.dataset['elder'] ? null : sizes[0]!.value || '1.5'));
  for (const size of sizes) size.addEventListener('change', () => apply(size.value));
}

for (const read of reads) {
  if (!('speechSynthesis' in window)) {
    read.hidden = true;
    continue;
  }
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

for (const controls of all('.elder-controls')) controls.removeAttribute('data-pending');

export {};
