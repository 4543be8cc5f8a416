import { describe, expect, it } from 'vitest';
import { pageLinks, pagePath, paginate } from '../src/lib/pagination.ts';

describe('pagination of long lists', () => {
  it('splits 45 notices into pages of 20, 20 and 5; an empty list is one empty page', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => [p.page, p.items.length, p.pages])).toEqual([
      [1, 20, 3],
      [2, 20, 3],
      [3, 5, 3],
    ]);
    expect(pages[2]!.items[0]).toBe(40);
    expect(paginate([])).toEqual([{ items: [], page: 1, pages: 1 }]);
  });

  it('keeps page 1 at the list address and puts later pages under page/n/', () => {
    expect(pagePath('/en/notices/', 1)).toBe('/en/notices/');
    expect(pagePath('/notices/category/service/', 4)).toBe('/notices/category/service/page/4/');
  });

  it('offers first, last and two pages either side, with gaps marked 0', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(10, 20)).toEqual([1, 0, 8, 9, 10, 11, 12, 0, 20]);
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 0, 20]);
  });
});
