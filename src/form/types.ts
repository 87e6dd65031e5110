/** What `formulier` needs from the outside world; cli.ts supplies the real ones, tests their own. */
export interface FormIO {
  /** Opens the address in the user's browser (never called with --no-open). */
  open: (url: string) => Promise<void>;
  /** Resolves when the user stops the server (Ctrl+C). */
  untilStopped: () => Promise<void>;
  /** Told the server's address once it listens (tests drive their own browser from it). */
  listening?: (url: string) => void;
}
