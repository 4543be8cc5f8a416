/**
 * Decap's sortable list (decap-cms-widget-list 3.6, ListControl.js `SortableList`) that leaves
 * dnd-kit alone while only the items' contents change. Same sensors, modifiers, collision
 * detection and reorder as Decap's, but:
 *
 * - the sensors and modifiers are made once: Decap's passed new ones on every render, so dnd-kit
 *   made new activators and handed every draggable a new context, re-rendering every item's two
 *   `useSortable`s (the item and its drag handle) on each keystroke;
 * - the drag-and-drop context is rendered again only when the items (their keys) change, and the
 *   item elements are handed to the outlet inside it after each render. Rendered again, dnd-kit
 *   gives its subtree new context values (the dragged item's transform is a new object even when
 *   nothing is dragged), and React then searched every one of 500 fixtures for readers of them.
 *   The elements are not passed through a React context for the same reason.
 */
import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { closestCenter, DndContext, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { restrictToParentElement } from '@dnd-kit/modifiers';
import { SortableContext } from '@dnd-kit/sortable';

const sensorOptions = { activationConstraint: { distance: 4 } };
const modifiers = [restrictToParentElement];

export interface SortableListProps {
  items: { id: string }[];
  keys: string[];
  onSortEnd: (move: { oldIndex: number; newIndex: number }) => void;
  children?: ReactNode;
}

/** The latest item elements, for the outlet inside the drag-and-drop context. */
class Outlet {
  listeners = new Set<() => void>();
  constructor(public children: ReactNode) {}
  set(children: ReactNode) {
    if (children === this.children) return;
    this.children = children;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  get = () => this.children;
}

function ItemsOutlet({ outlet }: { outlet: Outlet }) {
  return useSyncExternalStore(outlet.subscribe, outlet.get);
}

export function SortableList({ items, keys, onSortEnd, children }: SortableListProps) {
  const sensors = useSensors(useSensor(MouseSensor, sensorOptions), useSensor(TouchSensor, sensorOptions));
  const [outlet] = useState(() => new Outlet(children));
  const latest = useRef({ keys, onSortEnd });
  useLayoutEffect(() => {
    latest.current = { keys, onSortEnd };
    outlet.set(children);
  });
  const dragAndDrop = useMemo(() => {
    const onDragEnd = ({ active, over }: DragEndEvent) => {
      const { keys, onSortEnd } = latest.current;
      if (over) onSortEnd({ oldIndex: keys.indexOf(String(active.id)), newIndex: keys.indexOf(String(over.id)) });
    };
    return (
      <DndContext modifiers={modifiers} collisionDetection={closestCenter} sensors={sensors} onDragEnd={onDragEnd}>
        <SortableContext items={items}>
          <ItemsOutlet outlet={outlet} />
        </SortableContext>
      </DndContext>
    );
  }, [items, sensors, outlet]);
  return <div>{dragAndDrop}</div>;
}
