import { z } from 'zod';
import { messageKey } from './forms';

/** An attribute name: a lowercase identifier, as the backend requires (segment, region, plan, ...). */
export const ATTRIBUTE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
export const ATTRIBUTE_VALUE_MAX = 200;
export const ATTRIBUTES_MAX = 20;

/** One row of a customer's attributes in a form. */
export interface AttributeRow {
  name: string;
  value: string;
}

/** The rows as the API's attributes: blank rows left out, names and values trimmed. */
export function toAttributes(rows: readonly AttributeRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value.trim()]));
}

export function toAttributeRows(attributes: Record<string, string>): AttributeRow[] {
  return Object.entries(attributes).map(([name, value]) => ({ name, value }));
}

/** Blank rows are left out; a name is a lowercase identifier and used once; values have at most 200 characters. */
export const attributeRowsSchema = z.array(z.object({ name: z.string(), value: z.string() })).superRefine((rows, context) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const attribute = row.name.trim();
    if (!attribute && !row.value.trim()) return;
    const problem = !ATTRIBUTE_NAME.test(attribute)
      ? messageKey('attributes.nameRule')
      : seen.has(attribute)
        ? messageKey('attributes.twice')
        : row.value.length > ATTRIBUTE_VALUE_MAX
          ? messageKey('validation.maxLength', { max: ATTRIBUTE_VALUE_MAX })
          : undefined;
    if (problem) context.addIssue({ code: 'custom', path: [index, 'name'], message: problem });
    seen.add(attribute);
  });
});
