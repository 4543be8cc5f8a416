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
  highlightFields(problems);
}

export function hideProblems(): void {
  document.getElementById(ID)?.remove();
  for (const marked of document.querySelectorAll(`[${MARK}]`)) marked.removeAttribute(MARK);
}

/** Marks the fields in error: an outline round each (admin/cms.ts styles `[data-cms-problem]`). */
const MARK = 'data-cms-problem';

/** The top-level field a problem line names: "赛程与结果 › 第 2 项 › 客队:…" → "赛程与结果"; none for a line without a field. */
export function problemField(problem: string): string | undefined {
  const match = /^([^:›]+?)\s*(?: › |:)/.exec(problem);
  return match?.[1]?.trim() || undefined;
}

/** A field label as Decap shows it, without the " (可选)" it appends. */
export function plainLabel(text: string): string {
  return text.replace(/\s*\(可选\)\s*$/, '').trim();
}

/** Outlines the editor's fields whose labels the problems name, so the editor finds them. */
export function highlightFields(problems: readonly string[], root: ParentNode = document): number {
  const wanted = new Set(problems.map(problemField).filter((label): label is string => Boolean(label)));
  let marked = 0;
  for (const label of root.querySelectorAll('label')) {
    if (!wanted.has(plainLabel(label.textContent ?? ''))) continue;
    // Decap's field: a container holding the label's top bar and the widget.
    const field = label.parentElement?.parentElement;
    if (!field || field.hasAttribute(MARK)) continue;
    field.setAttribute(MARK, '');
    marked += 1;
  }
  return marked;
}

/**
 * The messages Decap shows beside fields (a required field left empty, a 网址短名 that fails its
 * pattern), each as "label:message". Decap refuses such a save without a word (a pattern error
 * has no toast), so these go into the panel too.
 */
export function fieldErrors(root: ParentNode = document): string[] {
  const problems: string[] = [];
  for (const list of root.querySelectorAll('label + ul')) {
    const label = plainLabel(list.previousElementSibling?.textContent ?? '');
    for (const item of list.querySelectorAll('li')) {
      const message = (item.textContent ?? '').trim();
      if (message) problems.push(label ? `${label}:${message}` : message);
    }
  }
  return problems;
}

/** The buttons and menu items that save (发布, 立即发布, 发布并新建, 保存…). */
const SAVE = /^(立即发布|发布并新建|发布并复制|保存)$/;

/** After every click on a save button, lists the fields Decap refused in the panel, until it is closed. */
export function installFieldErrorReport(): void {
  document.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest('button, [role="menuitem"]');
      if (!target || !SAVE.test((target.textContent ?? '').trim())) return;
      setTimeout(() => {
        const problems = fieldErrors();
        if (problems.length) showProblems(problems);
      }, 400);
    },
    true,
  );
}

/** An error whose text is the message alone: Decap shows `String(error)`, which would start with "Error: ". */
export function refusal(problems: readonly string[]): Error {
  const error = new Error(`请修改以下 ${problems.length} 处后再保存:${problems.join(';')}`);
  error.name = '';
  return error;
}
