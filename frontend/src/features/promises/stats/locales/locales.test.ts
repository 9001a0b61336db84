import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

// The shared locale test (src/locales/locales.test.ts) reads src/features/*/locales only; this namespace lives a
// level deeper, so it is checked here the same way.
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[0]).sort();

describe('promiseStats locale files', () => {
  const enLeaves = leaves(en as Tree);
  const deLeaves = leaves(de as Tree);

  it('have the same keys in English and German', () => {
    expect([...deLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty strings and the same placeholders', () => {
    for (const [key, enText] of enLeaves) {
      const deText = deLeaves.get(key) ?? '';
      expect(enText.trim(), key).not.toBe('');
      expect(deText.trim(), key).not.toBe('');
      expect(placeholders(deText), key).toEqual(placeholders(enText));
    }
  });
});
