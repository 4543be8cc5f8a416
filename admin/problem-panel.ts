/**
 * Why a save was refused, on screen until the editor closes it. Decap's own toast disappears
 * after eight seconds (decap-cms-core actions/entries.ts, `dismissAfter: 8000`) and cannot be
 * configured, so the problems are also listed in this panel, each on its own line, with a 关闭
 * button; a successful save removes it.
 */
const ID = 'cms-save-problems';

export function showProblems(problems: readonly string[]): void {
  hideProblems();
  const panel = document.createElement('section');
  panel.id = ID;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${ID}-heading`);
  Object.assign(panel.style, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '10000',
    maxWidth: '560px',
    maxHeight: '50vh',
    overflow: 'auto',
    background: '#fff5f5',
    color: '#7f1d1d',
    border: '2px solid #b91c1c',
    borderRadius: '6px',
    padding: '12px 16px',
    boxShadow: '0 4px 16px rgba(0,0,0,.2)',
    fontSize: '15px',
    lineHeight: '1.6',
  });
  const heading = document.createElement('h2');
  heading.id = `${ID}-heading`;
  heading.textContent = `没有保存:请修改以下 ${problems.length} 处`;
  Object.assign(heading.style, { fontSize: '16px', margin: '0 0 6px' });
  const list = document.createElement('ol');
  Object.assign(list.style, { margin: '0 0 8px', paddingLeft: '1.4em' });
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  Object.assign(close.style, { padding: '4px 14px', cursor: 'pointer' });
  close.addEventListener('click', hideProblems);
  panel.append(heading, list, close);
  document.body.append(panel);
}

export function hideProblems(): void {
  document.getElementById(ID)?.remove();
}

/** An error whose text is the message alone: Decap shows `String(error)`, which would start with "Error: ". */
export function refusal(problems: readonly string[]): Error {
  const error = new Error(`请修改以下 ${problems.length} 处后再保存:${problems.join(';')}`);
  error.name = '';
  return error;
}
