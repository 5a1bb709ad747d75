import type { StorageLike } from '../../src/lib/storage/documentStore';

/**
 * localStorage in memory for the store's tests. `quota` caps the characters held (keys and
 * values), as a browser does: a write past it throws QuotaExceededError and changes nothing.
 */
export function memoryStorage(initial: Record<string, string> = {}, quota = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const after = used() - (data.has(key) ? key.length + (data.get(key) ?? '').length : 0) + key.length + value.length;
      if (after > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
