/**
 * A list whose collapsed items are cheap, for a league of hundreds of fixtures (issue 14, item 12).
 * Decap's ListControl (decap-cms-widget-list 3.6) renders every item's whole form, collapsed or
 * not, and only hides it with CSS: 500 fixtures mounted some 5,000 widgets (a relation select of
 * venues, a date picker, two team pickers… each). It also re-renders every item (its styled top
 * bar, summary and drag handle) whenever the list's value changes, i.e. on every keystroke in an
 * expanded fixture. Here a collapsed item is rendered without its form (mounted when the editor
 * expands it), and re-rendered only when the item, its place or its error state changes.
 *
 * What Decap then does not do for a never-expanded item: run its fields' own checks before saving
 * (required, pattern, a team no longer in the league); the schema check before every save
 * (admin/validate.ts, the build's own rules) still refuses such an item, naming it.
 */
import { Children, cloneElement, createElement, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { SortableList, type SortableListProps } from './sortable-list.tsx';

interface ListInstance {
  props: { field: unknown };
  state: { itemsCollapsed: boolean[]; keys: string[] };
  renderItem: (item: unknown, index: number) => ReactNode;
  hasError: (index: number) => boolean | undefined;
  renderListControl(): ReactNode;
}

/** The item's form: the only child of an item rendered through a function (Emotion's ClassNames). */
const isItemForm = (child: ReactNode) => isValidElement<{ children?: unknown }>(child) && typeof child.props.children === 'function';

/** The class of a folded item's top bar and summary, drawn by the browser only when near the screen (FOLDED_ITEM_CSS). */
export const FOLDED_ITEM = 'cms-folded-item';

/**
 * The browser lays out and paints a folded item only when it is near the screen, at the height
 * it last had (estimated until then): with 500 fixtures, every frame and the opening otherwise
 * laid out, painted and hit-tested all of them. Its text stays in the page (found by the browser's
 * search, read by screen readers).
 */
export const FOLDED_ITEM_CSS = `.${FOLDED_ITEM} { content-visibility: auto; contain-intrinsic-size: auto 60px; }`;

/** An item's element without its form, its top bar and summary wrapped in FOLDED_ITEM. */
export function withoutForm(element: ReactNode): ReactNode {
  if (!isValidElement<{ children?: ReactNode }>(element)) return element;
  const children = Children.toArray(element.props.children);
  const kept = children.filter((child) => !isItemForm(child));
  return kept.length === children.length
    ? element
    : cloneElement(element as ReactElement, undefined, createElement('div', { className: FOLDED_ITEM }, ...kept));
}

/**
 * The list's tree with its sortable list (the element with `onSortEnd`) drawn by
 * admin/sortable-list.tsx and given `items`: Decap passes a new array on every render, which made
 * the sortable context new and re-rendered every item's drag handle.
 */
function withSortItems(tree: ReactNode, items: { id: string }[]): ReactNode {
  if (!isValidElement<{ children?: unknown }>(tree) || typeof tree.props.children !== 'function') return tree;
  const render = tree.props.children as (...args: unknown[]) => ReactNode;
  return cloneElement(tree as ReactElement<{ children?: unknown }>, {
    children: (...args: unknown[]) => {
      const root = render(...args);
      if (!isValidElement<{ children?: ReactNode }>(root) || !Array.isArray(root.props.children)) return root;
      const children = (root.props.children as ReactNode[]).map((child) =>
        isValidElement<Partial<SortableListProps>>(child) && child.props.onSortEnd
          ? createElement(SortableList, { ...(child.props as SortableListProps), items })
          : child,
      );
      return cloneElement(root, undefined, ...children);
    },
  });
}

interface Shell {
  index: number;
  key: string | undefined;
  field: unknown;
  hasError: boolean;
  element: ReactNode;
}

/** Decap's list control with cheap collapsed items; anything else (a test's stand-in) is returned as it is. */
export function withLazyItems<P>(List: ComponentType<P>): ComponentType<P> {
  if (typeof (List.prototype as Partial<ListInstance> | undefined)?.renderListControl !== 'function') return List;
  const Base = List as unknown as new (props: P) => ListInstance;
  class LazyItemsList extends Base {
    shells = new WeakMap<object, Shell>();
    sortItems?: { keys: string[]; items: { id: string }[] };
    constructor(props: P) {
      super(props);
      // `renderItem` is an instance field of Decap's class, set in its constructor.
      const renderItem = this.renderItem;
      this.renderItem = (item, index) => {
        if (!this.state.itemsCollapsed[index] || typeof item !== 'object' || item === null) return renderItem(item, index);
        const shell = { index, key: this.state.keys[index], field: this.props.field, hasError: Boolean(this.hasError(index)) };
        const cached = this.shells.get(item);
        if (cached && cached.index === index && cached.key === shell.key && cached.field === shell.field && cached.hasError === shell.hasError)
          return cached.element;
        const element = withoutForm(renderItem(item, index));
        this.shells.set(item, { ...shell, element });
        return element;
      };
    }
    override renderListControl() {
      const { keys } = this.state;
      if (this.sortItems?.keys !== keys) this.sortItems = { keys, items: keys.map((id) => ({ id })) };
      return withSortItems(super.renderListControl(), this.sortItems.items);
    }
  }
  return LazyItemsList as unknown as ComponentType<P>;
}
