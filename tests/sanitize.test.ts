import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownRehypePlugins } from '../src/lib/markdown.ts';

// The same processor options astro.config.mjs gives the build.
const processor = await createMarkdownProcessor({ rehypePlugins: markdownRehypePlugins });
const html = async (markdown: string) => (await processor.render(markdown)).code;

describe('Markdown bodies are sanitised', () => {
  it('keeps ordinary Markdown and harmless HTML', async () => {
    const out = await html('## 标题\n\n**加粗** [链接](https://www.nlc.cn/)\n\n<details><summary>更多</summary>内容</details>');
    expect(out).toContain('<strong>加粗</strong>');
    expect(out).toContain('<a href="https://www.nlc.cn/">链接</a>');
    expect(out).toContain('<details><summary>更多</summary>');
  });

  it('removes <script> and <style> elements', async () => {
    const out = await html('前\n\n<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n后');
    expect(out).not.toMatch(/<script|alert\(1\)|<style/i);
    expect(out).toContain('后');
  });

  it('removes event-handler attributes', async () => {
    const out = await html('<img src="/uploads/a.png" alt="图" onerror="alert(1)"> <p onclick="steal()">段落</p> <svg onload="alert(1)"></svg>');
    expect(out).not.toMatch(/onerror|onclick|onload|alert|steal/i);
    expect(out).toContain('alt="图"');
  });

  it('removes javascript: and data: URLs', async () => {
    const out = await html('[点我](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">二</a> <a href="data:text/html,<script>alert(3)</script>">三</a>');
    expect(out).not.toMatch(/javascript:|data:text|alert/i);
  });

  it('removes iframes from hosts that are not allowed and forms or embeds', async () => {
    const out = await html(
      '<iframe src="https://evil.example/x"></iframe><iframe src="javascript:alert(1)"></iframe><object data="x.swf"></object><embed src="x"><form action="https://evil.example"><input></form>',
    );
    expect(out).not.toMatch(/<iframe|<object|<embed|<form|evil\.example/i);
  });

  it('keeps an iframe from an allowed host, sandboxed', async () => {
    const out = await html('<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx" onload="alert(1)" width="640"></iframe>');
    expect(out).toMatch(
      /<iframe src="https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1xx"[^>]*sandbox="allow-scripts allow-same-origin allow-presentation"/,
    );
    expect(out).not.toContain('onload');
    expect(await html('<iframe src="http://player.bilibili.com/x"></iframe>')).not.toContain('<iframe');
  });
});

describe('images from other sites', () => {
  it('become links to the image (no request to a third party, nothing lost); uploaded images stay', async () => {
    const out = await html('![江滨广场夜景](https://evil.example/tracker.png)\n\n![](//cdn.example/a.png)\n\n![本站图片](/uploads/plaza.jpg)');
    expect(out).not.toMatch(/<img[^>]+example/);
    expect(out).toContain('<a href="https://evil.example/tracker.png" rel="noopener external">江滨广场夜景</a>');
    expect(out).toContain('<a href="//cdn.example/a.png" rel="noopener external">//cdn.example/a.png</a>');
    expect(out).toContain('<img src="/uploads/plaza.jpg" alt="本站图片">');
  });
});
