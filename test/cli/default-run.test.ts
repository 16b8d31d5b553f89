import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceReport } from '../support/reference-model.js';
import { ROOT, runCli } from '../support/run-cli.js';

const input = JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
// The default scenario compares against the BLS Data Scientists band (templates/bands).
const expected = referenceReport(input, {
  p10: 63650,
  p25: 82630,
  p50: 112590,
  p75: 155810,
  p90: 194410,
});

describe('the default scenario through the real command', () => {
  it('`offer-runway model --json` equals an independent reading of model.md §3, field by field', async () => {
    const r = await runCli(['model', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('`offer-runway model` prints the ten-second summary with the same figures', async () => {
    const r = await runCli(['model']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label)) ?? '';
    const days = (v: { days: number }) => v.days.toLocaleString('en-US');
    for (const [label, view] of [
      ['Baseline (no hire)', expected.runway.baseline],
      ['Offer, no margin gain', expected.runway.offerNoGain],
      ['Offer, expected gain', expected.runway.offerExpected],
      ['Offer, gain hit', expected.runway.offerHit],
      ['Cash match at market P75', expected.runway.market.p75],
    ] as const) {
      expect(
        row(label)
          .split(/\s{2,}/)
          .slice(1),
      ).toEqual([view.months, days(view), view.cashOutDate]);
    }
    // Days the offer saves against a P90 cash match: offerExpected − market P90.
    const saved = expected.runway.offerExpected.days - expected.runway.market.p90.days;
    expect(row('Market P90')).toContain(
      `${saved > 0 ? '+' : saved < 0 ? '−' : '±'}${Math.abs(saved)} day${Math.abs(saved) === 1 ? '' : 's'}`,
    );
    expect(r.stdout).toContain(
      `P${expected.band.percentile} (compa-ratio ${expected.band.compaRatio})`,
    );
    expect(r.stdout).toMatch(
      /COST OF A MISS {2}month 2: \$[\d,]+, month 9: \$[\d,]+; finding out early saves \$[\d,]+/,
    );
  });

  it('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: offer-runway model [SCENARIO.json]');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version,
    );
  });
});
