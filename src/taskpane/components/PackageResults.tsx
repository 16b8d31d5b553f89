import type { ModelResult } from '../../model/model.js';
import PackageChart from './PackageChart.js';
import { PackageTable } from './PackageTable.js';

/** The packages side by side and their value-by-price chart (loaded lazily on Results). */
export default function PackageResults({ result }: { result: ModelResult }) {
  return (
    <>
      <PackageTable result={result} />
      <PackageChart result={result} />
    </>
  );
}
