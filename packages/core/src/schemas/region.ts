/** Regions: the administrative areas (province → city → county → township) that stations belong to. */
import * as z from 'zod/mini';
import { Slug, Text } from './common.js';

/**
 * 行政区划代码: six digits (GB/T 2260), or the statistical code's nine or twelve that add the
 * township and village; the provincial 好差评 platform files records under it.
 */
export const DivisionCode = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\d{6}(\d{3}|\d{6})?$/, 'use the 6-digit administrative division code (GB/T 2260), or its 9- or 12-digit form'),
  );

export const RegionSchema = z.object({
  id: Slug,
  name: Text(100),
  code: z.optional(DivisionCode),
  /** The region it lies in; none for a top-level region. */
  parentId: z.optional(Slug),
});
export type Region = z.infer<typeof RegionSchema>;
