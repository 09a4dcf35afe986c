import { type Channel, type ComplaintRecordSchema, normalizePhone } from '@manyi/core';
import type { ComplaintFormMessages } from './messages.js';

export const MAX_DESCRIPTION = 2000;
export const MAX_NAME = 50;

/** The fields a visitor fills in, in the order they appear (the error summary keeps it). */
export const FIELDS = ['category', 'description', 'name', 'phone', 'consent'] as const;
export type ComplaintField = (typeof FIELDS)[number];

/** A problem with one field, kept as a code so a language switch re-words it. */
export type FieldProblem =
  | {
      code:
        | 'categoryRequired'
        | 'descriptionRequired'
        | 'phoneRequired'
        | 'phoneNoAreaCode'
        | 'phoneMobileLength'
        | 'phoneInvalid'
        | 'consentRequired';
    }
  | { code: 'descriptionTooLong'; over: number }
  | { code: 'nameTooLong' }
  | { code: 'other'; message: string };

export type FieldErrors = Partial<Record<ComplaintField, FieldProblem>>;

/** What the visitor has entered. */
export interface ComplaintAnswers {
  category: string;
  description: string;
  wantsReply: boolean;
  name: string;
  phone: string;
  consent: boolean;
}

export const EMPTY_ANSWERS: Readonly<ComplaintAnswers> = {
  category: '',
  description: '',
  wantsReply: false,
  name: '',
  phone: '',
  consent: false,
};

/** Where a record comes from: the element's attributes, checked before the visitor types a word. */
export interface ComplaintContext {
  station: string;
  window: string;
  staff: string;
  serviceItem: string;
  channel: Channel;
  trackingNode: number | undefined;
  endpoint: string;
}

/** A zod issue as the shared schemas report it (zod itself is @manyi/core's dependency, not ours). */
export type SchemaIssue = NonNullable<ReturnType<typeof ComplaintRecordSchema.safeParse>['error']>['issues'][number];

export const optional = (value: string) => (value === '' ? undefined : value);

/** The same object without its undefined fields: a record says nothing rather than `undefined`. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The record as the visitor's answers and the context make it, before the schema has judged it. */
export function draftRecord(
  answers: ComplaintAnswers,
  context: ComplaintContext,
  identity: { id: string; createdAt: string; trackingNo: string },
) {
  const phone = answers.phone.trim();
  return defined({
    ...identity,
    kind: 'complaint',
    stationId: context.station,
    channel: context.channel,
    category: optional(answers.category),
    windowId: optional(context.window),
    staffId: optional(context.staff),
    serviceItemId: optional(context.serviceItem),
    description: answers.description,
    wantsReply: answers.wantsReply,
    // Anonymous unless a reply is asked for: nothing personal leaves the form otherwise.
    contact:
      answers.wantsReply && phone !== '' ? defined({ name: optional(answers.name.trim()), phone: normalizePhone(phone) }) : undefined,
    consent: answers.wantsReply ? answers.consent : undefined,
  });
}

/** Which kind of phone mistake this is, so the message says how to fix it. */
export function phoneProblem(typed: string): FieldProblem {
  const n = normalizePhone(typed);
  if (n === '') return { code: 'phoneRequired' };
  if (/^1\d*$/.test(n) && n.length !== 11) return { code: 'phoneMobileLength' };
  if (/^[2-9]\d{6,7}(?:#\d+)?$/.test(n)) return { code: 'phoneNoAreaCode' };
  return { code: 'phoneInvalid' };
}

/**
 * Every problem with the answers, by field, from the shared schema's verdict. The reply rules are
 * also checked here: the schema asks for consent only once a phone number is there, and skips its
 * rules while another field is unreadable, but the visitor should hear every problem at once.
 * Issues that are not about a visitor's field come back in `rest`.
 */
export function fieldErrors(issues: readonly SchemaIssue[], answers: ComplaintAnswers): { errors: FieldErrors; rest: SchemaIssue[] } {
  const errors: FieldErrors = {};
  const rest: SchemaIssue[] = [];
  for (const issue of issues) {
    const [head, sub] = issue.path;
    if (head === 'category') errors.category ??= { code: 'categoryRequired' };
    else if (head === 'description') {
      errors.description ??=
        issue.code === 'too_big'
          ? { code: 'descriptionTooLong', over: answers.description.trim().length - MAX_DESCRIPTION }
          : issue.code === 'too_small'
            ? { code: 'descriptionRequired' }
            : { code: 'other', message: issue.message };
    } else if (head === 'contact' && sub === 'name')
      errors.name ??= issue.code === 'too_big' ? { code: 'nameTooLong' } : { code: 'other', message: issue.message };
    else if (head === 'contact') errors.phone ??= phoneProblem(answers.phone);
    else if (head === 'consent') errors.consent ??= { code: 'consentRequired' };
    else rest.push(issue);
  }
  if (answers.wantsReply && normalizePhone(answers.phone) === '') errors.phone ??= { code: 'phoneRequired' };
  if (answers.wantsReply && !answers.consent) errors.consent ??= { code: 'consentRequired' };
  return { errors, rest };
}

/** The words for a problem in the visitor's language; zod's own (English) text only as a last resort. */
export function problemText(problem: FieldProblem, t: ComplaintFormMessages): string {
  switch (problem.code) {
    case 'descriptionTooLong':
      return t.descriptionTooLong(MAX_DESCRIPTION, problem.over);
    case 'nameTooLong':
      return t.nameTooLong(MAX_NAME);
    case 'other':
      return problem.message;
    default:
      return t[problem.code];
  }
}
