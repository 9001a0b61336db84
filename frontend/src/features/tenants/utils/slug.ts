export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 40;
/** Lowercase letters, digits and hyphens, starting with a letter (length is checked separately). */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;

const TRANSLITERATIONS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  '&': ' and ',
};

/**
 * Suggests a workspace slug for an organization name: lowercase ASCII, words joined by single
 * hyphens, German umlauts transliterated (Müller -> mueller), other accents dropped, at most
 * 40 characters, starting with a letter (names starting with a digit get an "org-" prefix).
 * Returns "" when the name has no usable characters.
 */
export function suggestSlug(organizationName: string): string {
  const ascii = Array.from(organizationName.toLowerCase())
    .map((ch) => TRANSLITERATIONS[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return '';
  if (!/^[a-z]/.test(slug)) slug = `org-${slug}`;
  if (slug.length > SLUG_MAX_LENGTH) {
    slug = slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
  }
  return slug;
}
