import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

// Every namespace: the shared one here and one per feature (src/features/<feature>/locales), found by file name
// so that a new feature's texts are checked without touching this test.
const files = import.meta.glob<Tree>(['./*.json', '../features/*/locales/*.json'], { eager: true, import: 'default' });
const namespaces = new Map<string, Partial<Record<'en' | 'de', Tree>>>();
for (const [path, tree] of Object.entries(files)) {
  const match = /(?:features\/(\w+)\/locales\/)?(en|de)\.json$/.exec(path);
  if (!match) continue;
  const namespace = match[1] ?? 'common';
  namespaces.set(namespace, { ...namespaces.get(namespace), [match[2] as 'en' | 'de']: tree });
}

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

describe('locale files', () => {
  it('exist for the shared texts and every feature that has texts', () => {
    expect(namespaces.has('common')).toBe(true);
    expect(namespaces.size).toBeGreaterThan(5);
    for (const [namespace, languages] of namespaces) expect(Object.keys(languages).sort(), namespace).toEqual(['de', 'en']);
  });

  describe.each([...namespaces.keys()])('namespace %s', (namespace) => {
    const enLeaves = leaves(namespaces.get(namespace)?.en ?? {});
    const deLeaves = leaves(namespaces.get(namespace)?.de ?? {});

    it('has the same keys in English and German', () => {
      expect([...deLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    });

    it('has no empty strings and the same placeholders and tags', () => {
      for (const [key, enText] of enLeaves) {
        const deText = deLeaves.get(key) ?? '';
        expect(enText.trim(), key).not.toBe('');
        expect(deText.trim(), key).not.toBe('');
        expect(placeholders(deText), key).toEqual(placeholders(enText));
      }
    });
  });
});
