import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Acme', 'acme'],
    ['  ACME  Corp. ', 'acme-corp'],
    ['Müller & Söhne GmbH', 'mueller-and-soehne-gmbh'],
    ['Straßenbau Weiß', 'strassenbau-weiss'],
    ['Café Crème', 'cafe-creme'],
    ['Ålesund Øl', 'aalesund-oel'],
    ['foo---bar__baz', 'foo-bar-baz'],
    ['3M Deutschland', 'org-3m-deutschland'],
    ['-- Beta --', 'beta'],
  ])('suggests %j -> %j', (name, expected) => {
    expect(suggestSlug(name)).toBe(expected);
  });

  it('returns an empty string when nothing usable is left', () => {
    expect(suggestSlug('')).toBe('');
    expect(suggestSlug('   ')).toBe('');
    expect(suggestSlug('!!! ???')).toBe('');
    expect(suggestSlug('株式会社')).toBe('');
  });

  it('cuts long names to the maximum length without a trailing hyphen', () => {
    const slug = suggestSlug('The Quite Extraordinarily Long Organization Name Of Example Industries');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('the-quite-extraordinarily-long-organizat');
    expect(suggestSlug('abcdefghijklmnopqrstuvwxyzabcdefghijklm nop')).toBe(
      'abcdefghijklmnopqrstuvwxyzabcdefghijklm',
    );
  });

  it('always yields slugs that satisfy the slug pattern', () => {
    for (const name of ['Acme', '9 to 5 GmbH', 'Ünited Ölwerke', 'a-b', 'X']) {
      const slug = suggestSlug(name);
      expect(slug, name).toMatch(SLUG_PATTERN);
      expect(slug.endsWith('-'), name).toBe(false);
    }
  });
});
