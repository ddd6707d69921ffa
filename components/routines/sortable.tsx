"use client";
// Drag-and-drop reordering that also works from the keyboard: focus a handle, press Space, move
// with the arrow keys, press Space again (Escape cancels). dnd-kit announces each step to screen
// readers.
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Props = {
  ids: string[];
  onMove: (from: number, to: number) => void;
  /** What screen readers hear, e.g. "card" → "Picked up card Wake up". */
  describe: (id: string) => string;
  children: ReactNode;
};

export function SortableList({ ids, onMove, describe, children }: Props) {
  const t = useTranslations("routines.sortable");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: string | number) => ids.indexOf(String(id)) + 1;
  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) =>
            t("pickedUp", {
              item: describe(String(active.id)),
              position: position(active.id),
              count: ids.length,
            }),
          onDragOver: ({ active, over }) =>
            over
              ? t("over", {
                  item: describe(String(active.id)),
                  position: position(over.id),
                  count: ids.length,
                })
              : "",
          onDragEnd: ({ active, over }) =>
            over
              ? t("dropped", {
                  item: describe(String(active.id)),
                  position: position(over.id),
                  count: ids.length,
                })
              : "",
          onDragCancel: ({ active }) => t("cancelled", { item: describe(String(active.id)) }),
        },
        screenReaderInstructions: { draggable: t("instructions") },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** A row of a SortableList: spread `rowProps` on the row and `handleProps` on its drag handle. */
export function useSortableRow(id: string) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id });
  return {
    rowProps: {
      ref: setNodeRef,
      style: {
        transform: CSS.Transform.toString(transform),
        transition,
        zIndex: isDragging ? 10 : undefined,
      },
    },
    handleProps: { ref: setActivatorNodeRef, ...attributes, ...listeners },
    isDragging,
  };
}

export function DragHandle({
  label,
  ...props
}: { label: string } & ReturnType<typeof useSortableRow>["handleProps"]) {
  return (
    <button
      type="button"
      aria-label={label}
      className="grid size-11 shrink-0 cursor-grab touch-none place-items-center rounded-xl text-2xl text-ink-700 hover:bg-sun-100 active:cursor-grabbing"
      {...props}
    >
      <span aria-hidden>⠿</span>
    </button>
  );
}
