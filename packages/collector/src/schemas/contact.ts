import * as z from 'zod/mini';

/** `GET /api/v1/admin/complaints/{trackingNo}/contact`: the contact unmasked, or null. */
export const ComplaintContactSchema = z.object({
  trackingNo: z.string(),
  contact: z.nullable(z.object({ name: z.nullable(z.string()), phone: z.string() })),
});
