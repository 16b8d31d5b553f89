/**
 * Native Excel line charts (DrawingML) for a plan's `charts`, injected into an ExcelJS-written
 * .xlsx zip: chart part, drawing part, their relationships, the sheet's <drawing> element and the
 * content types. Each series refers to its sheet range (so the chart follows recalculation) and
 * carries the plan's cached values (so viewers that do not recalculate still draw it).
 */
import type JSZip from 'jszip';
import { qualifiedRef, sheetCells, type PlanChart, type WorkbookPlan } from '../workbook/plan.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function decodeCol(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Cached numbers of a single-column or single-row A1 range in the plan. */
export function cachedRange(plan: WorkbookPlan, sheetName: string, range: string): number[] {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const c0 = decodeCol(m[1] as string);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? decodeCol(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const values = new Map<string, number>();
  for (const { row, col, cell } of sheetCells(sheet)) {
    if (row < r0 || row > r1 || col < c0 || col > c1) continue;
    const v =
      cell.kind === 'number'
        ? cell.value
        : cell.kind === 'formula' && typeof cell.cached === 'number'
          ? cell.cached
          : NaN;
    values.set(`${row}:${col}`, v);
  }
  const out: number[] = [];
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) out.push(values.get(`${r}:${c}`) ?? NaN);
  return out;
}

function numRef(ref: string, values: number[], format: string): string {
  const pts = values
    .map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numRef><c:f>${xmlEscape(ref)}</c:f><c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function richTitle(text: string, size: number): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** The chart part (xl/charts/chartN.xml) for one plan chart. */
export function chartXml(plan: WorkbookPlan, chart: PlanChart): string {
  const cats = cachedRange(plan, chart.categories.sheet, chart.categories.range);
  const catRef = qualifiedRef(chart.categories.sheet, chart.categories.range);
  const series = chart.series
    .map((s, i) => {
      const vals = cachedRange(plan, s.sheet, s.range);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:ln w="25400" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="none"/></c:marker>` +
        `<c:cat>${numRef(catRef, cats, 'General')}</c:cat>` +
        `<c:val>${numRef(qualifiedRef(s.sheet, s.range), vals, '#,##0')}</c:val>` +
        `<c:smooth val="0"/></c:ser>`
      );
    })
    .join('');
  const skip = Math.max(1, Math.round(cats.length / 10));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${richTitle(chart.title, 1400)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="50010001"/><c:axId val="50010002"/></c:lineChart>` +
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `${richTitle(chart.xAxisTitle, 1000)}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="${skip}"/><c:tickMarkSkip val="${skip}"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `${richTitle(chart.yAxisTitle, 1000)}<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(anchors: { chart: PlanChart; rid: string; id: number }[]): string {
  const body = anchors
    .map(
      ({ chart, rid, id }) =>
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${chart.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${chart.to.col + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.to.row + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlEscape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rid}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${body}</xdr:wsDr>`;
}

function rels(items: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    items
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
      .join('') +
    `</Relationships>`
  );
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`xlsx part missing: ${path}`);
  return f.async('string');
}

/** Path of a sheet's part (`xl/worksheets/sheet3.xml`) from workbook.xml and its rels. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const wb = await text(zip, 'xl/workbook.xml');
  const wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const esc = xmlEscape(sheetName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sheet = new RegExp(`<sheet [^>]*name="${esc}"[^>]*/>`).exec(wb)?.[0];
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = rid && new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(wbRels)?.[0];
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`cannot find the part of sheet ${sheetName}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Adds every chart of the plan to the zip (in place). */
export async function injectCharts(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  let chartNo = 0;
  let drawingNo = 0;
  let types = await text(zip, '[Content_Types].xml');
  for (const sheet of plan.sheets) {
    if (!sheet.charts?.length) continue;
    drawingNo++;
    const part = await sheetPart(zip, sheet.name);
    const file = part.split('/').pop() as string;
    const relsPath = `${part.slice(0, part.length - file.length)}_rels/${file}.rels`;
    const anchors = sheet.charts.map((chart, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(plan, chart));
      types = types.replace(
        '</Types>',
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      return { chart, rid: `rId${i + 1}`, id: i + 1, target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(anchors));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      rels(anchors.map((a) => ({ id: a.rid, type: REL_CHART, target: a.target }))),
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/></Types>`,
    );
    // Sheet relationship to the drawing.
    const drawingRid = 'rIdOfferRunwayDrawing1';
    const existing = zip.file(relsPath) ? await text(zip, relsPath) : null;
    const relXml = `<Relationship Id="${drawingRid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    zip.file(
      relsPath,
      existing
        ? existing.replace('</Relationships>', `${relXml}</Relationships>`)
        : rels([
            { id: drawingRid, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` },
          ]),
    );
    // <drawing> goes after pageSetup/headerFooter and before legacyDrawing/tableParts/extLst.
    let xml = await text(zip, part);
    if (!/xmlns:r=/.test(xml.slice(0, 600)))
      xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${NS_R}" `);
    const drawingEl = `<drawing r:id="${drawingRid}"/>`;
    const before = [
      '<legacyDrawing',
      '<legacyDrawingHF',
      '<picture',
      '<oleObjects',
      '<controls',
      '<webPublishItems',
      '<tableParts',
      '<extLst',
      '</worksheet>',
    ];
    const at = Math.min(...before.map((t) => xml.indexOf(t)).filter((i) => i >= 0));
    xml = xml.slice(0, at) + drawingEl + xml.slice(at);
    zip.file(part, xml);
  }
  zip.file('[Content_Types].xml', types);
}
