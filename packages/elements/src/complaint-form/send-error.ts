/** Why a complaint did not go through; each has its own message for the visitor. */
export type SendFailure = 'offline' | 'refused' | 'failed' | 'badRecord';

/** A failure with the kind of message the visitor should see; `cause` keeps the original error. */
export class ComplaintSendError extends Error {
  constructor(
    readonly failure: SendFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ComplaintSendError';
  }
}
