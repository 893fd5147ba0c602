// Exit statuses of `isnad analyze`, as the dossier contract fixes them.
export const EXIT_OK = 0; // every input was analysed
export const EXIT_FAILED = 1; // nothing could be done (no input analysed, or the store/output failed)
export const EXIT_USAGE = 2; // the command line is wrong
export const EXIT_PARTIAL = 3; // some inputs were rejected; the dossier is still written
