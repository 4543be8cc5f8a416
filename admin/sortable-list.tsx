/**
 * Decap's sortable list (decap-cms-widget-list 3.6, ListControl.js `SortableList`) with its
 * drag-and-drop setup made once. Decap's passes new sensor options and modifiers on every render,
 * so dnd-kit makes new sensors and activators and hands every draggable a new context: each change
 * in a list re-rendered every item's two `useSortable`s (the item and its drag handle), half of a
 * keystroke in a league of 500 fixtures. Same sensors, modifiers, collision detection and reorder.
 */
import type { ReactNode } from 'react';
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

export function SortableList({ items, keys, onSortEnd, children }: SortableListProps) {
  const sensors = useSensors(useSensor(MouseSensor, sensorOptions), useSensor(TouchSensor, sensorOptions));
  // dnd-kit reads the latest onDragEnd when a drag ends; a new function here does not change its context.
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) onSortEnd({ oldIndex: keys.indexOf(String(active.id)), newIndex: keys.indexOf(String(over.id)) });
  };
  return (
    <div>
      <DndContext modifiers={modifiers} collisionDetection={closestCenter} sensors={sensors} onDragEnd={onDragEnd}>
        <SortableContext items={items}>{children}</SortableContext>
      </DndContext>
    </div>
  );
}
