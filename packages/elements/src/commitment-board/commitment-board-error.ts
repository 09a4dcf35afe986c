// Why a board cannot show commitments: shared by the loader (load.ts) and the schema check it
// fetches on demand (check-commitments.ts), so neither imports the other's module for it.

/** Why the board cannot show commitments; `message` names the field for schema problems. */
export type CommitmentProblem = 'network' | 'http' | 'json' | 'schema';

export class CommitmentBoardError extends Error {
  override readonly name = 'CommitmentBoardError';
  constructor(
    readonly problem: CommitmentProblem,
    message: string,
    /** The HTTP status, for `http` problems. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: CommitmentBoardError };
