import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import { describe, expect, it } from 'vitest';
import HintMarkdown from '../admin/hint-markdown.ts';

/** Decap's EditorControl renders a field's hint with these options (decap-cms-core 3.19, EditorControl.js), less its GFM plugin. */
const hintProps = (text: string) => ({
  allowedElements: ['a', 'strong', 'em', 'del'],
  unwrapDisallowed: true,
  components: {
    a: ({ node: _node, ...props }: { node?: unknown; children?: ReactNode }) => createElement('a', { ...props, target: '_blank', rel: 'noopener noreferrer' }),
  },
  children: text,
});

describe('field hints in the CMS (admin/hint-markdown.ts)', () => {
  it('draw what react-markdown draws for the same hint, converted once per text', () => {
    const text = '**必填**:填写后在[网站](https://example.org/notices/)上显示。';
    const expected = renderToStaticMarkup(createElement(ReactMarkdown, hintProps(text)));
    expect(expected).toContain('<strong>必填</strong>');
    expect(expected).toContain('target="_blank"');
    expect(renderToStaticMarkup(createElement(HintMarkdown, hintProps(text)))).toBe(expected);
    // A second render of the same hint (another field, or the same one after a keystroke) is the first's result.
    const first = HintMarkdown(hintProps(text));
    expect(HintMarkdown(hintProps(text))).toBe(first);
    // Another text is converted on its own.
    const other = '用拼音,例如 `dongji-gongnuan`';
    expect(renderToStaticMarkup(createElement(HintMarkdown, hintProps(other)))).toBe(renderToStaticMarkup(createElement(ReactMarkdown, hintProps(other))));
  });
});
