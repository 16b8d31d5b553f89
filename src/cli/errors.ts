/**
 * What the command line can run into besides bad input: the environment (a folder it cannot
 * write, a full disk, a name too long, LibreOffice missing or failing, a closed stdout). Each is
 * one line naming the path and the system's reason, with its own exit code (docs/cli.md).
 */

/** Exit codes (docs/cli.md "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** a bug of ours */
  bug: 1,
  /** bad input or usage; also --pdf without LibreOffice (install it) */
  input: 2,
  /** the environment refused: unwritable folder, full disk, name too long, LibreOffice failed, stdout closed */
  environment: 3,
  /** interrupted by SIGINT (128 + 2) */
  sigint: 130,
  /** terminated by SIGTERM (128 + 15) */
  sigterm: 143,
} as const;

/** What to run when LibreOffice is missing (Debian/Ubuntu). */
export const SOFFICE_INSTALL_HINT =
  'sudo apt-get install -y --no-install-recommends libreoffice-calc';

/** --pdf without LibreOffice: exit code 2 with the install line. */
export class MissingLibreOfficeError extends Error {
  constructor() {
    super(
      `--pdf needs LibreOffice (soffice), which is not installed; install it with: ${SOFFICE_INSTALL_HINT}`,
    );
    this.name = 'MissingLibreOfficeError';
  }
}

/** The system refused something: exit code 3, "path: reason". */
export class EnvironmentError extends Error {
  constructor(
    /** The file, folder or program concerned. */
    readonly path: string,
    /** The system's reason in plain words. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'EnvironmentError';
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system',
  ENAMETOOLONG: 'file name too long for the file system',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
  EAGAIN: 'the output is full (would block)',
  EXDEV: 'cannot rename across devices',
  ELOOP: 'too many symbolic links',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
};

/** A Node system error's reason in plain words, with its code: "permission denied (EACCES)". */
export function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code in REASONS) return `${REASONS[code]} (${code})`;
  if (typeof code === 'string') return code;
  const message = (err as Error | null)?.message ?? String(err);
  return message;
}

/** True for an error the operating system raised (it has an errno code such as EACCES). */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((err as NodeJS.ErrnoException).code as string)
  );
}
