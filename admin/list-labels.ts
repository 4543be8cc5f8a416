/**
 * Collapsed list items in Chinese (issue 14, item 8). Decap's ListControl names an item by its
 * `summary`, else by its first field's value, and an item with neither by the first field's
 * *name* in English: "No round", "No title" (decap-cms-widget-list ListControl#objectLabel).
 * There is no option for that text, so the control's label method is wrapped: an empty label
 * becomes “(未填写标题)”, naming the field by the label the editor sees.
 */

interface FieldLike {
  get(key: string, fallback?: unknown): unknown;
}

/** The label an item shows: Decap's own unless it is empty or Decap's English "No <field>". */
export function chineseItemLabel(decapLabel: unknown, firstFieldLabel: string | undefined): string {
  const text = decapLabel === undefined || decapLabel === null ? '' : String(decapLabel).trim();
  if (text && !/^No [\w-]+$/.test(text)) return text;
  return firstFieldLabel ? `(未填写${firstFieldLabel})` : '(新的一项,尚未填写)';
}

type LabelMethod = (this: { props: { field: FieldLike } }, item: unknown) => unknown;

/** Wraps the list control's `objectLabel` (a prototype method) once. */
export function installChineseListLabels(listControl: { prototype: object } | undefined): void {
  const prototype = listControl?.prototype as { objectLabel?: LabelMethod; chineseLabels?: boolean } | undefined;
  if (!prototype?.objectLabel || prototype.chineseLabels) return;
  const original = prototype.objectLabel;
  prototype.objectLabel = function (this: { props: { field: FieldLike } }, item: unknown) {
    const fields = this.props.field.get('fields') as { first?: () => FieldLike | undefined } | undefined;
    const first = fields?.first?.();
    const label = first ? String(first.get('label', first.get('name'))) : undefined;
    return chineseItemLabel(original.call(this, item), label);
  };
  prototype.chineseLabels = true;
}
