/**
 * The Markdown → HTML safety rules for every content body.
 *
 * Editors may paste raw HTML into Markdown (the CMS allows it). It is parsed (rehype-raw) and
 * then cleaned by rehype-sanitize with GitHub's schema, which already drops <script>, <style>,
 * event-handler attributes (onclick…) and javascript:/data: URLs. On top of that we allow
 * <iframe> only when its src is on IFRAME_HOSTS, and force safe attributes on it.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Root, Element } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { RehypePlugins } from '@astrojs/markdown-remark';

/**
 * Hosts whose players may be embedded with <iframe>. Kept short on purpose: every embed is a
 * call to a third party, which the site otherwise never makes. Both are reachable in mainland China.
 */
export const IFRAME_HOSTS = ['player.bilibili.com', 'v.qq.com'] as const;

export const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'iframe'],
  attributes: {
    ...defaultSchema.attributes,
    iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
  },
  protocols: { ...defaultSchema.protocols, src: ['https'] },
};

export function isAllowedIframeSrc(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && (IFRAME_HOSTS as readonly string[]).includes(url.hostname);
  } catch {
    return false;
  }
}

/** Removes every <iframe> whose src is not on the allow-list; sandboxes the rest. */
export function rehypeIframeAllowList() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'iframe') return;
      if (!isAllowedIframeSrc(node.properties['src'])) {
        parent!.children.splice(index!, 1);
        return [SKIP, index]; // the next sibling is now at `index`
      }
      node.properties['sandbox'] = ['allow-scripts', 'allow-same-origin', 'allow-presentation'];
      node.properties['loading'] = 'lazy';
      node.properties['referrerPolicy'] = 'no-referrer';
      node.children = [];
      return SKIP;
    });
  };
}

/**
 * An image from another site would tell that site who reads the page, and the site's CSP
 * (img-src 'self') refuses it anyway. Rather than lose it, it becomes a link to the image.
 */
export function rehypeExternalImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string' || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
      const alt = typeof node.properties['alt'] === 'string' && node.properties['alt'] ? node.properties['alt'] : src;
      parent!.children[index!] = {
        type: 'element',
        tagName: 'a',
        properties: { href: src, rel: ['noopener', 'external'] },
        children: [{ type: 'text', value: alt }],
      } satisfies Element;
      return SKIP;
    });
  };
}

export const markdownRehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeIframeAllowList, rehypeExternalImagesAsLinks];
