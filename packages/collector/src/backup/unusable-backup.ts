/** A file `restore` will not put in place (corrupt, foreign, newer), or a moment it must not (a collector serving); the message says why. */
export class UnusableBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableBackupError';
  }
}
