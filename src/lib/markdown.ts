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
    const visit = (node: Root | Element) => {
      node.children = node.children.filter((child) => {
        if (child.type !== 'element') return true;
        if (child.tagName === 'iframe') {
          if (!isAllowedIframeSrc(child.properties['src'])) return false;
          child.properties['sandbox'] = ['allow-scripts', 'allow-same-origin', 'allow-presentation'];
          child.properties['loading'] = 'lazy';
          child.properties['referrerPolicy'] = 'no-referrer';
          child.children = [];
          return true;
        }
        visit(child);
        return true;
      }) as typeof node.children;
    };
    visit(tree);
  };
}


/**
 * An image from another site would tell that site who reads the page, and the site's CSP
 * (img-src 'self') refuses it anyway. Rather than lose it, it becomes a link to the image.
 */
export function rehypeExternalImagesAsLinks() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        const src = child.properties['src'];
        if (child.tagName === 'img' && typeof src === 'string' && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
          const alt = typeof child.properties['alt'] === 'string' && child.properties['alt'] ? child.properties['alt'] : src;
          return { type: 'element', tagName: 'a', properties: { href: src, rel: ['noopener', 'external'] }, children: [{ type: 'text', value: alt }] } satisfies Element;
        }
        visit(child);
        return child;
      }) as typeof node.children;
    };
    visit(tree);
  };
}

export const markdownRehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeIframeAllowList, rehypeExternalImagesAsLinks];
