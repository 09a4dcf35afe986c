// What the checklist and its clerk desk (clerk-desk.ts, fetched on demand) know of each other, in
// types alone: the element holds a ClerkMode, the desk is handed a SharedChecklist, and neither
// module imports the other's for it.
import type { ServiceItem } from '@manyi/core';
import type { TemplateResult } from 'lit';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { PendingWork } from '../pending-work.js';
import type { MaterialCheck } from './material-state.js';
import type { NoticeChecklistMessages } from './messages.js';

/** What the element shares with its clerk desk: the guide, the ticks of both modes, its pending work. */
export interface SharedChecklist {
  item(): ServiceItem | undefined;
  checks(): readonly MaterialCheck[];
  /** A box ticked or a defect typed, in either mode. */
  change(index: number, change: Partial<MaterialCheck>): void;
  /** What `updateComplete` waits for. */
  readonly work: PendingWork;
}

/** What the element asks of its clerk desk. */
export interface ClerkMode {
  /** Clerk mode's texts: the element's and the clerk's, following `lang` together. */
  readonly language: LocaleController<NoticeChecklistMessages>;
  /** Back to an empty form for the next applicant. */
  reset(): void;
  /** A tick or a defect changed: errors shown so far are checked again. */
  edited(): void;
  view(item: ServiceItem): TemplateResult;
}

/** Clerk mode's module: its state and behaviour, views, validation, styles and texts, for a `Host` element. */
export type ClerkModule<Host> = { readonly ClerkDesk: new (host: Host, shared: SharedChecklist) => ClerkMode };
