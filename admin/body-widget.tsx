/**
 * CMS widget "markdown-source": the body of an entry, edited as the Markdown text it is saved as.
 *
 * Decap's own markdown widget, in its rich-text mode, parses the body into an editor model and
 * writes it back with its own settings on the first keystroke (decap-cms-widget-markdown,
 * serializers/index.js: remark-stringify with `bullet: '*'`, `rule: '-'` and a text visitor that
 * drops escapes). The model does not record how the text was written, so an edit anywhere turned
 * `- ` into `* `, `---` into `- - -`, `2026\.` into an ordered list and `\<script\>` into raw HTML
 * (issue 14, item 3; upstream: decaporg/decap-cms#567, where `bullet: '*'` was chosen because
 * "there's no record of which character was used"). No option makes that round trip lossless, so
 * the body is kept as text: the textarea's value is saved as it is, and only what the editor
 * types or inserts changes. The toolbar writes the Markdown for the editor (标题, 加粗, 列表…,
 * 插入图片 through Decap's own media library), and the preview pane shows the result.
 */
import { Component, createRef, type ChangeEvent } from 'react';

interface ImmutableMap {
  get(key: string): unknown;
}

export interface BodyControlProps {
  value?: string | null;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: ImmutableMap;
  mediaPaths: ImmutableMap;
  onOpenMediaLibrary: (options: Record<string, unknown>) => void;
  onRemoveInsertedMedia: (controlID: string) => void;
  onRemoveMediaControl: (controlID: string) => void;
}

/** An edit of the text: what replaces the selection, and where the selection is afterwards. */
export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Wraps the selection in `before`/`after` (加粗: `**…**`), or inserts them around a placeholder. */
export function wrapSelection(text: string, start: number, end: number, before: string, after: string, placeholder: string): TextEdit {
  const inner = text.slice(start, end) || placeholder;
  return {
    text: text.slice(0, start) + before + inner + after + text.slice(end),
    selectionStart: start + before.length,
    selectionEnd: start + before.length + inner.length,
  };
}

/** Puts `prefix` at the start of every line the selection touches (列表: `- `, 标题: `## `). */
export function prefixLines(text: string, start: number, end: number, prefix: (index: number) => string): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', Math.max(end - 1, start));
  const stop = lineEnd === -1 ? text.length : lineEnd;
  const lines = text.slice(lineStart, stop).split('\n');
  const replaced = lines.map((line, index) => prefix(index) + line).join('\n');
  return { text: text.slice(0, lineStart) + replaced + text.slice(stop), selectionStart: lineStart, selectionEnd: lineStart + replaced.length };
}

/** Inserts a block (an image) at the cursor, on a line of its own. */
export function insertBlock(text: string, at: number, block: string): TextEdit {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = lead + block + trail;
  const cursor = before.length + lead.length + 2; // inside ![…]: the description comes first
  return { text: before + inserted + after, selectionStart: cursor, selectionEnd: cursor };
}

interface Button {
  label: string;
  title: string;
  edit: (text: string, start: number, end: number) => TextEdit;
}

const BUTTONS: Button[] = [
  { label: '标题', title: '把这一行变成小标题(## )', edit: (text, s, e) => prefixLines(text, s, e, () => '## ') },
  { label: '加粗', title: '加粗选中的文字(**…**)', edit: (text, s, e) => wrapSelection(text, s, e, '**', '**', '加粗文字') },
  { label: '列表', title: '每行前加圆点(- )', edit: (text, s, e) => prefixLines(text, s, e, () => '- ') },
  { label: '编号', title: '每行前加编号(1. 2. 3.)', edit: (text, s, e) => prefixLines(text, s, e, (i) => `${i + 1}. `) },
  { label: '引用', title: '把选中的行作为引文(> )', edit: (text, s, e) => prefixLines(text, s, e, () => '> ') },
  { label: '链接', title: '把选中的文字变成链接([文字](网址))', edit: (text, s, e) => wrapSelection(text, s, e, '[', '](https://)', '链接文字') },
];

let nextId = 0;

export class BodyControl extends Component<BodyControlProps> {
  private readonly textarea = createRef<HTMLTextAreaElement>();
  private readonly controlID = `body-${++nextId}`;

  /**
   * Decap's Widget wrapper re-renders a control only when its value or style changes, unless the
   * control has its own shouldComponentUpdate (decap-cms-core Widget.js): the chosen image arrives
   * in mediaPaths, so that must re-render too (as Decap's own file widget does).
   */
  override shouldComponentUpdate(next: BodyControlProps) {
    return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper || typeof next.mediaPaths.get(this.controlID) === 'string';
  }

  override componentDidUpdate() {
    // Decap's media library hands the chosen image's path back through mediaPaths.
    const path = this.props.mediaPaths.get(this.controlID);
    if (typeof path !== 'string' || !path) return;
    this.props.onRemoveInsertedMedia(this.controlID);
    const area = this.textarea.current;
    const text = this.props.value ?? '';
    this.apply(insertBlock(text, area ? area.selectionStart : text.length, `![](${path})`));
  }

  override componentWillUnmount() {
    this.props.onRemoveMediaControl(this.controlID);
  }

  private apply(edit: TextEdit) {
    this.props.onChange(edit.text);
    const area = this.textarea.current;
    if (!area) return;
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  }

  private press(button: Button) {
    const area = this.textarea.current;
    const text = this.props.value ?? '';
    const start = area ? area.selectionStart : text.length;
    const end = area ? area.selectionEnd : text.length;
    this.apply(button.edit(text, start, end));
  }

  private openMedia() {
    const { field } = this.props;
    const library = field.get('media_library') as ImmutableMap | undefined;
    this.props.onOpenMediaLibrary({ controlID: this.controlID, forImage: true, allowMultiple: false, config: library?.get('config'), field });
  }

  override render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const text = value ?? '';
    return (
      <div className="markdown-source">
        <div role="toolbar" aria-label="正文格式" style={{ display: 'flex', flexWrap: 'wrap', gap: '6px', marginBottom: '6px' }}>
          {BUTTONS.map((button) => (
            <button key={button.label} type="button" title={button.title} onClick={() => this.press(button)} style={TOOL_STYLE}>
              {button.label}
            </button>
          ))}
          <button type="button" title="上传或选择一张图片,插入到光标处;请在 ![ ] 的方括号里写图片说明" onClick={() => this.openMedia()} style={TOOL_STYLE}>
            插入图片
          </button>
        </div>
        <textarea
          ref={this.textarea}
          id={forID}
          className={classNameWrapper}
          value={text}
          rows={Math.min(40, Math.max(12, text.split('\n').length + 2))}
          spellCheck={false}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          onFocus={setActiveStyle}
          onBlur={setInactiveStyle}
          style={{ fontFamily: 'inherit', lineHeight: 1.7, resize: 'vertical', whiteSpace: 'pre-wrap' }}
        />
      </div>
    );
  }
}

const TOOL_STYLE = { padding: '4px 10px', border: '1px solid #c8ccd4', borderRadius: '4px', background: '#fff', cursor: 'pointer', fontSize: '14px' } as const;
