/**
 * A list whose collapsed items are cheap, for a league of hundreds of fixtures (issue 14, item 12).
 * Decap's ListControl (decap-cms-widget-list 3.6) renders every item's whole form, collapsed or
 * not, and only hides it with CSS: 500 fixtures mounted some 5,000 widgets (a relation select of
 * venues, a date picker, two team pickers… each). It also re-renders every item (its styled top
 * bar, summary and drag handle) whenever the list's value changes, i.e. on every keystroke in an
 * expanded fixture. Here a collapsed item is rendered without its form (mounted when the editor
 * expands it), and re-rendered only when the item, its place or its error state changes. In a
 * list of more than WINDOWED_FROM items, a folded item far from the screen is at first only its
 * summary (FarItem), made Decap's when it comes near or while the browser is idle.
 *
 * What Decap then does not do for a never-expanded item: run its fields' own checks before saving
 * (required, pattern, a team no longer in the league); the schema check before every save
 * (admin/validate.ts, the build's own rules) still refuses such an item, naming it.
 */
import {
  Children,
  cloneElement,
  createElement,
  isValidElement,
  useCallback,
  type ComponentType,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { SortableList, type SortableListProps } from './sortable-list.tsx';

interface ListInstance {
  props: { field: unknown; t: (phrase: string) => string };
  state: { itemsCollapsed: boolean[]; keys: string[] };
  renderItem: (item: unknown, index: number) => ReactNode;
  hasError: (index: number) => boolean | undefined;
  objectLabel(item: unknown): ReactNode;
  handleItemCollapseToggle: (index: number, event: MouseEvent) => void;
  renderListControl(): ReactNode;
  forceUpdate(): void;
  componentWillUnmount?(): void;
}

/** The item's form: the only child of an item rendered through a function (Emotion's ClassNames). */
const isItemForm = (child: ReactNode) => isValidElement<{ children?: unknown }>(child) && typeof child.props.children === 'function';

/** The class of a folded item's top bar and summary, drawn by the browser only when near the screen (FOLDED_ITEM_CSS). */
export const FOLDED_ITEM = 'cms-folded-item';

/** The class of a folded item far from the screen, drawn as its summary only (FarItem). */
export const FAR_ITEM = 'cms-far-item';

/** Lists with more items than this mount their folded items only near the screen (a league's fixtures, not its teams). */
export const WINDOWED_FROM = 50;

/**
 * The browser lays out and paints a folded item only when it is near the screen, at the height
 * it last had (estimated until then): with 500 fixtures, every frame and the opening otherwise
 * laid out, painted and hit-tested all of them. Its text stays in the page (found by the browser's
 * search, read by screen readers). A far item is drawn as Decap draws a folded one (its bar's
 * 26 px, its summary's 13 px padding on Decap's #dfdfe3, 18 px apart), its bar with only the
 * expand button.
 */
export const FOLDED_ITEM_CSS = [
  `.${FOLDED_ITEM} { content-visibility: auto; contain-intrinsic-size: auto 60px; }`,
  `.${FAR_ITEM} { margin-top: 18px; content-visibility: auto; contain-intrinsic-size: auto 70px; }`,
  `.${FAR_ITEM}:first-of-type { margin-top: 26px; }`,
  `.${FAR_ITEM} > div { background-color: #dfdfe3; }`,
  `.${FAR_ITEM} > div:first-child { height: 26px; border-radius: 5px 5px 0 0; }`,
  `.${FAR_ITEM} button { width: 32px; height: 26px; border: 0; padding: 0; background: transparent; cursor: pointer; }`,
  // Decap's chevron pointing right, drawn with a border.
  `.${FAR_ITEM} button::before { content: ''; display: inline-block; width: 7px; height: 7px; border: solid #5d626f; border-width: 0 2px 2px 0; transform: rotate(-45deg); }`,
  `.${FAR_ITEM} > div:last-child { padding: 13px; border-radius: 0 0 5px 5px; }`,
].join('\n');

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
  far: boolean;
  element: ReactNode;
}

interface FarItemProps {
  id: string;
  summary: ReactNode;
  /** the expand button's name: Decap's own phrase, in the CMS's language */
  expandLabel: string;
  watch: (id: string, element: HTMLElement | null) => void;
  onExpand: (event: MouseEvent) => void;
}

/**
 * A folded item far from the screen: its summary in the shape of Decap's folded item, with an
 * expand button but no drag handle, remove button, drag-and-drop registration or Emotion styles.
 * Mounting 500 of Decap's (two `useSortable`s each) was most of the drawing of a league's form;
 * the list mounts the real one when this comes within a screen of the visible part (watched by
 * the list's IntersectionObserver), or a few at a time when the browser is idle.
 */
function FarItem({ id, summary, expandLabel, watch, onExpand }: FarItemProps) {
  const ref = useCallback((element: HTMLElement | null) => watch(id, element), [id, watch]);
  // The bar's first button expands the item, as on Decap's (a search or a screen reader can reach a far item).
  const expand = createElement('button', { type: 'button', 'aria-label': expandLabel, onClick: onExpand });
  return createElement('div', { className: FAR_ITEM, ref }, createElement('div', null, expand), createElement('div', null, summary));
}

/** Far items made Decap's per idle moment: few enough that a key pressed meanwhile hardly waits (npm run bench:cms-league). */
const IDLE_BATCH = 10;

/**
 * Idle mounting waits this long after the editor's last key: a batch (mounting ten items and
 * dnd-kit drawing its sortable items again, 50–150 ms long tasks on the test machine) that starts between
 * two keys delays the second.
 */
const TYPING_PAUSE = 1500;
let lastTyped = -Infinity;
if (typeof document !== 'undefined') document.addEventListener('keydown', () => (lastTyped = performance.now()), { capture: true, passive: true });

/** Runs `task` when the browser is idle (within a second at the latest); Safari has no requestIdleCallback. */
function whenIdle(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/** The nearest ancestor that scrolls (Decap's editor pane), so that "near" is measured in what the editor sees. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Decap's list control with cheap collapsed items; anything else (a test's stand-in) is returned as it is. */
export function withLazyItems<P>(List: ComponentType<P>): ComponentType<P> {
  if (typeof (List.prototype as Partial<ListInstance> | undefined)?.renderListControl !== 'function') return List;
  const Base = List as unknown as new (props: P) => ListInstance;
  class LazyItemsList extends Base {
    shells = new WeakMap<object, Shell>();
    sortItems?: { keys: string[]; items: { id: string }[] };
    /** Keys of the folded items that came near the screen: mounted as Decap's from then on. */
    near = new Set<string>();
    watched = new Map<string, HTMLElement>();
    observer?: IntersectionObserver;
    constructor(props: P) {
      super(props);
      // `renderItem` is an instance field of Decap's class, set in its constructor.
      const renderItem = this.renderItem;
      this.renderItem = (item, index) => {
        if (!this.state.itemsCollapsed[index] || typeof item !== 'object' || item === null) return renderItem(item, index);
        const key = this.state.keys[index];
        const hasError = Boolean(this.hasError(index));
        const far = key !== undefined && !hasError && this.state.keys.length > WINDOWED_FROM && !this.near.has(key);
        const shell = { index, key, field: this.props.field, hasError, far };
        const cached = this.shells.get(item);
        if (cached && cached.index === index && cached.key === key && cached.field === shell.field && cached.hasError === hasError && cached.far === far)
          return cached.element;
        const element = far
          ? createElement(FarItem, {
              key,
              id: key,
              summary: this.objectLabel(item),
              expandLabel: this.props.t('editor.editorWidgets.object.expand'),
              watch: this.watch,
              onExpand: (event: MouseEvent) => this.handleItemCollapseToggle(index, event),
            })
          : withoutForm(renderItem(item, index));
        this.shells.set(item, { ...shell, element });
        return element;
      };
    }
    /** A far item's element, watched until it comes within a screen of the visible part. */
    watch = (id: string, element: HTMLElement | null) => {
      const before = this.watched.get(id);
      if (before) this.observer?.unobserve(before);
      this.watched.delete(id);
      if (!element) return;
      element.dataset.itemKey = id;
      this.watched.set(id, element);
      if (this.observer) this.observer.observe(element);
      else if (!this.observing) {
        // Looked for after the first paint: finding the scrolling pane during the commit forced a layout of the whole form (80 ms).
        this.observing = true;
        requestAnimationFrame(() => setTimeout(this.startObserving));
      }
    };
    observing = false;
    startObserving = () => {
      const first = [...this.watched.values()].find((element) => element.isConnected);
      if (!first || this.observer) return void (this.observing = false);
      this.observer = new IntersectionObserver(this.reveal, { root: scrollingAncestor(first), rootMargin: '100% 0px' });
      for (const element of this.watched.values()) this.observer.observe(element);
      whenIdle(this.mountSomeInIdle);
    };
    /**
     * The far items become Decap's a few at a time while the browser is idle, so that the list is
     * whole (and scrolls as before) a few seconds after opening: revealed only as they came near,
     * a first scroll through 500 fixtures drew 20 frames a second instead of 48.
     */
    mountSomeInIdle = () => {
      if (this.unmounted) return;
      const wait = lastTyped + TYPING_PAUSE - performance.now();
      if (wait > 0) return void setTimeout(() => whenIdle(this.mountSomeInIdle), wait);
      const keys = [...this.watched.keys()].slice(0, IDLE_BATCH);
      for (const key of keys) this.near.add(key);
      if (!keys.length) return;
      this.forceUpdate();
      whenIdle(this.mountSomeInIdle);
    };
    unmounted = false;
    reveal = (entries: IntersectionObserverEntry[]) => {
      const keys = entries.filter((entry) => entry.isIntersecting).map((entry) => (entry.target as HTMLElement).dataset.itemKey);
      for (const key of keys) if (key) this.near.add(key);
      if (keys.length) this.forceUpdate();
    };
    override componentWillUnmount() {
      this.unmounted = true;
      this.observer?.disconnect();
      super.componentWillUnmount?.();
    }
    override renderListControl() {
      const { keys } = this.state;
      if (this.sortItems?.keys !== keys) this.sortItems = { keys, items: keys.map((id) => ({ id })) };
      return withSortItems(super.renderListControl(), this.sortItems.items);
    }
  }
  return LazyItemsList as unknown as ComponentType<P>;
}
