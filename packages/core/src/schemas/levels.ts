import * as z from 'zod/mini';

export const ScaleIdSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);
export const NationalLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
