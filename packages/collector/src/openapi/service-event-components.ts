/** The named schemas of service events, for components.ts. */
import { CurrentServiceEventSchema, ServiceEventSchema } from '@manyi/core';
import type * as z from 'zod/mini';
import { ServiceEventStartedSchema, ServiceEventStatusSchema, StartServiceEventSchema } from '../schemas/service-events.js';

export function registerServiceEventComponents(add: (schema: z.ZodMiniType, id: string, description?: string) => void): void {
  add(StartServiceEventSchema, 'StartServiceEvent', '`ticket` is the 办件号; staff and service item are the station’s own.');
  add(ServiceEventStartedSchema, 'ServiceEventStarted', 'The token rates the event once; the address is a page for it (QR code).');
  add(ServiceEventSchema, 'ServiceEvent');
  add(CurrentServiceEventSchema, 'CurrentServiceEvent');
  add(ServiceEventStatusSchema, 'ServiceEventStatus');
}
