/**
 * Decap's field hints, converted from Markdown once per hint text (scripts/decap-adjustments.ts
 * gives Decap's EditorControl this module in place of react-markdown). Decap renders every
 * field's hint with react-markdown, remark and GFM on every render of the field: parsing each
 * hint again when a form opens and on every keystroke (with a league's form open, 80 ms of its
 * opening in a profile). react-markdown 6's component is a plain function of its props (no hooks,
 * no state), and Decap passes every hint the same options, so the elements it returned for a
 * text are the elements it would return again.
 */
import ReactMarkdown from 'react-markdown';

type Props = Parameters<typeof ReactMarkdown>[0];
type Rendered = ReturnType<typeof ReactMarkdown>;

const renderedHints = new Map<string, Rendered>();

export default function HintMarkdown(props: Props): Rendered {
  const text = props.children;
  if (typeof text !== 'string') return ReactMarkdown(props);
  let rendered = renderedHints.get(text);
  if (!rendered) {
    rendered = ReactMarkdown(props);
    renderedHints.set(text, rendered);
  }
  return rendered;
}
