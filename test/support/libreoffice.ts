/**
 * Real LibreOffice (headless) for tests and benchmarks — the same code the CLI uses for --pdf:
 * `recalculateXlsx(paths)` recalculates .xlsx files with a private "always recalculate" profile
 * (several files per soffice call); `convertWithLibreOffice(paths, filter)` converts (pdf, …).
 */
export {
  convertWithLibreOffice,
  findSoffice,
  recalcProfile,
  recalculateXlsx,
  SOFFICE_INSTALL_HINT,
} from '../../src/cli/libreoffice.js';
