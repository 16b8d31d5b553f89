/**
 * Vitest global setup: compile the command line from the CURRENT sources before any test spawns
 * bin/offer-runway.js (scripts/build-cli.mjs). The bin also checks the bundle against the sources
 * and runs them through tsx when they changed since, so a test never runs stale code either way;
 * this only makes the spawned runs fast.
 */
export default async function setup(): Promise<void> {
  const { buildCli } = (await import(
    new URL('../../scripts/build-cli.mjs', import.meta.url).href
  )) as {
    buildCli: (o: { quiet: boolean }) => Promise<unknown>;
  };
  await buildCli({ quiet: true });
}
