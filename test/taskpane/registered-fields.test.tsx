// Every plain offer field the registry puts on the Offer screen has an input there, whether the
// screen lays it out by hand or RegisteredOfferFields draws it from its registry entry (so a field
// added to the registry alone still reaches the pane). Rendered to markup with the real screen.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIELD_REGISTRY, type FieldSpec } from '../../src/model/field-registry.js';
import { PLAIN_OFFER_FIELDS } from '../../src/model/plain-offer-fields.js';
import { RegisteredOfferFields } from '../../src/taskpane/components/RegisteredFields.js';
import { OfferScreen } from '../../src/taskpane/screens/OfferScreen.js';
import { DraftContext, type DraftApi } from '../../src/taskpane/state.js';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';

const draft = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
const api: DraftApi = { draft, problems: new Map(), set: () => {}, update: () => {} };
const render = (node: ReactNode) =>
  renderToStaticMarkup(<DraftContext.Provider value={api}>{node}</DraftContext.Provider>);
const boundPaths = (html: string) =>
  new Set([...html.matchAll(/data-path="([^"]+)"/g)].map((m) => m[1]!));

describe('registered offer fields in the pane', () => {
  it('the Offer screen has an input for every plain offer field of screen "offer"', () => {
    const bound = boundPaths(render(<OfferScreen result={null} />));
    const onScreen = PLAIN_OFFER_FIELDS.filter((f) => f.screen === 'offer').map((f) => f.path);
    expect(onScreen.length).toBeGreaterThan(10);
    expect(onScreen.filter((p) => !bound.has(p))).toEqual([]);
  });

  it('draws a field the screen does not lay out from its registry entry: label, kind, enum words', () => {
    const laidOut = PLAIN_OFFER_FIELDS.map((f) => f.key).filter(
      (k) => k !== 'signOnBonus' && k !== 'sizingPrice' && k !== 'role',
    );
    const html = render(
      <RegisteredOfferFields offer={['offer']} screen="offer" laidOut={laidOut} />,
    );
    const spec = (path: string) => FIELD_REGISTRY.find((f) => f.path === path) as FieldSpec;
    expect([...boundPaths(html)].sort()).toEqual(
      ['offer.role', 'offer.signOnBonus', 'offer.sizingPrice'].sort(),
    );
    for (const path of ['offer.role', 'offer.signOnBonus', 'offer.sizingPrice'])
      expect(html).toContain(spec(path).label.replace(/"/g, '&quot;'));
    // the enum offers exactly the registry's words; the money field shows the default's amount
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'preferred',
      'fmv',
    ]);
    expect(html).toContain(`value="${draft.offer.role}"`);
  });
});
