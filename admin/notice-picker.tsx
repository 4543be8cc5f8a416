/**
 * CMS widget "recent-notice" for a notice's 替代通知 (issue 14, item 12): a search box and a list
 * of the notices of the last two years, newest first, read from /admin/recent-notices.json
 * (one small file) instead of Decap's relation widget, which loads every notice in the folder
 * each time a notice is opened and suggests the oldest first. It saves the notice's id, as the
 * relation widget did, and keeps a value older than two years as it is.
 *
 * A class, for the same reason as admin/team-widget.tsx: Decap hands widgets a ref.
 */
import { Component, type ChangeEvent } from 'react';
import { matchingNotices, type PickableNotice } from '../src/lib/recent-notices.ts';
import type { DecapControlProps } from './widget-props.ts';

export type NoticePickerProps = DecapControlProps;

let loading: Promise<PickableNotice[]> | undefined;
function load(): Promise<PickableNotice[]> {
  loading ??= fetch('/admin/recent-notices.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<PickableNotice[]>) : []))
    .catch(() => []);
  return loading;
}

export class NoticePickerControl extends Component<NoticePickerProps, { notices: PickableNotice[]; typed: string }> {
  override state = { notices: [] as PickableNotice[], typed: '' };
  private live = false;

  override componentDidMount() {
    this.live = true;
    void load().then((notices) => this.live && this.setState({ notices }));
  }

  override componentWillUnmount() {
    this.live = false;
  }

  override render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { notices, typed } = this.state;
    const shown = matchingNotices(notices, typed);
    const current = value ? notices.find((notice) => notice.id === value) : undefined;
    return (
      <div className={classNameWrapper} onFocus={setActiveStyle} onBlur={setInactiveStyle}>
        <input
          type="search"
          aria-label="查找替代通知(标题中的词)"
          placeholder="输入标题中的词查找,如 供暖"
          value={typed}
          onChange={(event: ChangeEvent<HTMLInputElement>) => this.setState({ typed: event.target.value })}
          style={{ width: '100%', marginBottom: 8, padding: '6px 8px', boxSizing: 'border-box' }}
        />
        <select id={forID} value={value ?? ''} onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)} style={{ width: '100%' }}>
          <option value="">(无)</option>
          {value && !current && <option value={value}>{value}(两年以前的通知)</option>}
          {current && !shown.includes(current) && (
            <option value={current.id}>
              {current.published.slice(0, 10)} {current.title}
            </option>
          )}
          {shown.map((notice) => (
            <option key={notice.id} value={notice.id}>
              {notice.published.slice(0, 10)} {notice.title}
            </option>
          ))}
        </select>
        <p style={{ margin: '4px 0 0', fontSize: 12, color: '#5d626f' }}>列出最近两年的通知,新的在前{typed ? `;找到 ${shown.length} 条` : ''}</p>
      </div>
    );
  }
}

export function NoticePickerPreview({ value }: { value?: string }) {
  return <span>{value ?? ''}</span>;
}

interface ConfigShape {
  collections: { name: string; fields: Array<Record<string, unknown> & { name: string }> }[];
}

/** The CMS configuration with the notices' 替代通知 read through this picker rather than Decap's relation widget. */
export function withNoticePicker<T extends ConfigShape>(config: T): T {
  const collections = config.collections.map((collection) =>
    collection.name !== 'notices'
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field) => {
            if (field.name !== 'replacedBy') return field;
            const { name, label, hint, required } = field;
            return { name, label, hint, required, widget: 'recent-notice' };
          }),
        },
  );
  return { ...config, collections };
}
