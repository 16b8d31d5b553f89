/**
 * What the task pane asks of a live workbook, in one place: build (or rebuild) the model, read
 * the Inputs sheet back, check the model, show the Offer Sheet, and the scenario saved in the
 * workbook. The pane receives these as props; Excel.run is called through `run` (excel-run.ts,
 * shared with plan-host.ts; tests replace it with the fake's).
 */
import type { BandSet } from '../model/bands.js';
import type { ModelResult } from '../model/model.js';
import { localDate } from '../model/format.js';
import { scenarioToInput, type ParseOptions } from '../model/scenario.js';
import { SHEETS, buildWorkbookPlan } from '../workbook/index.js';
import type { ApplyReport } from './apply.js';
import { activateSheet, OFFICE_PARTS, saveThenApply, type HostParts } from './excel-run.js';
import { checkModel, type ModelHealth } from './health.js';
import { assembleInput, readInputCells, scenarioFromReadBack } from './inputs.js';
import { loadScenario, saveScenario, type Restored, type SettingsStore } from './persist.js';

export interface WorkbookHost {
  /** Writes or updates the model in place and saves the scenario in the workbook. */
  buildModel(result: ModelResult, bands?: BandSet): Promise<ApplyReport>;
  /**
   * Reads the Inputs sheet back and validates it: the explicit scenario document, or an
   * InputError whose problems start with the cell address (`Inputs!B22 (offer.baseSalary): …`).
   */
  readInputs(options: ParseOptions): Promise<Record<string, unknown>>;
  /** Missing or damaged model sheets, names, table, chart or cells. Rebuild = buildModel. */
  checkModel(result: ModelResult, bands?: BandSet): Promise<ModelHealth>;
  /** Activates the Offer Sheet (ready to print). */
  showOfferSheet(): Promise<void>;
  /** The scenario saved in this workbook (migrated to the current schema), or null. */
  loadSaved(): Promise<Restored | null>;
}

export function workbookHost({ run, settings }: HostParts = OFFICE_PARTS): WorkbookHost {
  return {
    async buildModel(result, bands) {
      const plan = buildWorkbookPlan(result, bands, { today: localDate(new Date()) });
      return saveThenApply(
        run,
        () => saveScenario(settings(), scenarioToInput(result.scenario)),
        plan,
      );
    },
    async readInputs(options) {
      const cells = await run((context) => readInputCells(context));
      const saved = loadSavedOrNull(settings());
      const readBack = assembleInput(cells, saved?.scenario);
      return scenarioToInput(scenarioFromReadBack(readBack, options));
    },
    async checkModel(result, bands) {
      const plan = buildWorkbookPlan(result, bands, { today: localDate(new Date()) });
      return run((context) => checkModel(context, plan));
    },
    showOfferSheet() {
      const name = SHEETS.offer;
      return activateSheet(run, name, `There is no "${name}" sheet yet: build the model first.`);
    },
    async loadSaved() {
      return loadScenario(settings());
    },
  };
}

/** A saved scenario that cannot be read must not block reading the sheet. */
function loadSavedOrNull(store: SettingsStore): Restored | null {
  try {
    return loadScenario(store);
  } catch {
    return null;
  }
}
