import { BatchRequestSchema, RecordSchema } from '@manyi/core';
import * as z from 'zod/mini';

/**
 * core's batch and record schemas as ingest runs them, 500 records a batch: compiled once by zod
 * (`z.compile`), so a valid record takes a generated fast path (~10× the schema's own walk). A
 * record the fast path turns down is parsed again by the schema itself, so every rejection names
 * the same issues the schema reports; what is accepted, and its output, are the schema's.
 */
export const BatchRequest: typeof BatchRequestSchema = z.compile(BatchRequestSchema);
export const IngestRecord: typeof RecordSchema = z.compile(RecordSchema);
