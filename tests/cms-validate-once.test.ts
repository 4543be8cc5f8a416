/**
 * Decap's configuration check, run once per configuration in a browser (admin/validate-config-once.ts):
 * a configuration it accepted is not checked again on the next load; a changed one is; a refused
 * one is refused on every load. The browser tests load the CMS through it (and show the Chinese
 * page for a refused configuration); this checks what it remembers.
 */
import { describe, expect, it, vi } from 'vitest';

// The module binds Decap's own check at import; Decap's ES build does not load in Node, and this tests the memory around it.
vi.mock('decap-cms-core/dist/esm/constants/configSchema.js', () => ({ validateConfig: () => undefined }));
const { VALIDATED_KEY, validatingOnce } = await import('../admin/validate-config-once.ts');

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

const config = { backend: { name: 'gitea', repo: 'chuanhui/site' }, collections: [{ name: 'notices', label: '通知公告' }] };

describe('checking the CMS configuration once per browser', () => {
  it('checks a configuration on its first load only', () => {
    const storage = memoryStorage();
    const check = vi.fn();
    const validate = validatingOnce(check, storage, 'https://example.cn/_astro/cms.AAA.js');
    validate(config);
    validate(structuredClone(config));
    expect(check).toHaveBeenCalledTimes(1);
    expect(storage.items.get(VALIDATED_KEY)).toMatch(/^https:\/\/example\.cn\/_astro\/cms\.AAA\.js [0-9a-z]+$/);
  });

  it('checks again when the configuration or the bundle changed', () => {
    const storage = memoryStorage();
    const check = vi.fn();
    validatingOnce(check, storage, 'cms.AAA.js')(config);
    validatingOnce(check, storage, 'cms.AAA.js')({ ...config, backend: { name: 'gitea', repo: 'chuanhui/other' } });
    validatingOnce(check, storage, 'cms.BBB.js')({ ...config, backend: { name: 'gitea', repo: 'chuanhui/other' } });
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('never remembers a configuration Decap refused: it is refused on every load', () => {
    const storage = memoryStorage();
    const refuse = vi.fn(() => {
      throw new Error('config.backend.name: The Gitea backend does not support editorial workflow');
    });
    const validate = validatingOnce(refuse, storage, 'cms.AAA.js');
    expect(() => validate(config)).toThrow('does not support editorial workflow');
    expect(() => validate(config)).toThrow('does not support editorial workflow');
    expect(storage.items.has(VALIDATED_KEY)).toBe(false);
  });

  it('checks every time where the browser keeps nothing', () => {
    const check = vi.fn();
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    validatingOnce(check, refusing, 'cms.AAA.js')(config);
    validatingOnce(check, undefined, 'cms.AAA.js')(config);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
