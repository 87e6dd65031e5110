/** A mistake in how the tool was called (unknown option, a path that does not exist): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
