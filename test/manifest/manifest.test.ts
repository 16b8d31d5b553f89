// manifest.xml, checked offline: element order per Microsoft's manifest schema, every resid
// resolves to a resource of the right kind, URLs consistent and served by the build, icons the
// declared sizes, requirement sets matching what the code calls, production URL substitution.
import { readFileSync } from 'node:fs';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import webpackConfig, { DEFAULT_PROD_URL, DEV_URL } from '../../webpack.config.js';
import {
  CUSTOM_FUNCTIONS_RUNTIME_MIN_VERSION,
  EXCEL_APIS_USED,
  EXCEL_API_MIN_VERSION,
} from '../../src/excel/requirements.js';

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function toNodes(items: unknown[]): Node[] {
  const out: Node[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag === '#comment' || tag === '?xml') continue;
    const kids = item[tag] as unknown[];
    const text = (kids as Record<string, unknown>[])
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    out.push({
      tag,
      attrs: (item[':@'] as Record<string, string>) ?? {},
      children: toNodes(kids),
      text,
    });
  }
  return out;
}

function parse(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const nodes = toNodes(parser.parse(xml) as unknown[]);
  expect(nodes).toHaveLength(1);
  return nodes[0]!;
}

function* walk(n: Node, parents: Node[] = []): Generator<[Node, Node[]]> {
  yield [n, parents];
  for (const c of n.children) yield* walk(c, [...parents, n]);
}

const child = (n: Node, tag: string) => n.children.find((c) => c.tag === tag);
const xsiType = (n: Node) => n.attrs['xsi:type'];

/**
 * Microsoft's ordering rules (the manifest XSD sequences; docs "How to find the proper order of
 * manifest elements"): for each parent, its children in the order the schema requires.
 */
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
  ],
  Requirements: ['Sets', 'Methods'],
  Sets: ['Set'],
  Hosts: ['Host'],
  DefaultSettings: ['SourceLocation'],
  VersionOverrides: [
    'Description',
    'Requirements',
    'Hosts',
    'Resources',
    'WebApplicationInfo',
    'EquivalentAddins',
  ],
  'Host:Workbook': ['AllFormFactors', 'DesktopFormFactor'],
  AllFormFactors: ['ExtensionPoint'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  'ExtensionPoint:CustomFunctions': ['Script', 'Page', 'Metadata', 'Namespace'],
  'ExtensionPoint:PrimaryCommandSurface': ['OfficeTab', 'CustomTab'],
  Script: ['SourceLocation'],
  Page: ['SourceLocation'],
  Metadata: ['SourceLocation'],
  OfficeTab: ['Group'],
  Group: ['Label', 'Icon', 'Control'],
  'Control:Button': ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Icon: ['bt:Image'],
  'Action:ShowTaskpane': ['TaskpaneId', 'SourceLocation', 'Title'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
  'bt:Images': ['bt:Image'],
  'bt:Urls': ['bt:Url'],
  'bt:ShortStrings': ['bt:String'],
  'bt:LongStrings': ['bt:String'],
};
/** Children the schema requires (minOccurs ≥ 1) for the parents we use. */
const REQUIRED: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'DefaultSettings',
    'Permissions',
  ],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  'ExtensionPoint:CustomFunctions': ['Script', 'Page'],
  Group: ['Label', 'Icon', 'Control'],
  'Control:Button': ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  'Action:ShowTaskpane': ['SourceLocation'],
};

const keyOf = (n: Node) =>
  xsiType(n) && `${n.tag}:${xsiType(n)}` in ORDER ? `${n.tag}:${xsiType(n)}` : n.tag;

const xml = readFileSync('manifest.xml', 'utf8');
const root = parse(xml);
const vo = child(root, 'VersionOverrides')!;
const resources = child(vo, 'Resources')!;
const resourceIds = (group: string) =>
  new Map(child(resources, group)!.children.map((c) => [c.attrs.id!, c.attrs.DefaultValue!]));

describe('manifest.xml', () => {
  it('is an Excel task pane add-in with a Home-tab button and custom functions', () => {
    expect(root.tag).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(child(root, 'Id')!.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(root, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(root, 'Hosts')!, 'Host')!.attrs.Name).toBe('Workbook');
    expect(child(root, 'Permissions')!.text).toBe('ReadWriteDocument');
    const tabs = [...walk(vo)].filter(([n]) => n.tag === 'OfficeTab').map(([n]) => n.attrs.id);
    expect(tabs).toEqual(['TabHome']);
    const actions = [...walk(vo)].filter(([n]) => n.tag === 'Action').map(([n]) => xsiType(n));
    expect(actions).toEqual(['ShowTaskpane']);
    const cf = [...walk(vo)].find(
      ([n]) => n.tag === 'ExtensionPoint' && xsiType(n) === 'CustomFunctions',
    );
    expect(cf).toBeDefined();
    expect(resourceIds('bt:ShortStrings').get(child(cf![0], 'Namespace')!.attrs.resid!)).toBe(
      'OFFERRUNWAY',
    );
    // No shared runtime (docs/addin.md, "No shared runtime", says why).
    expect(xml).not.toContain('<Runtimes');
  });

  it('follows Microsoft’s element order and has every required element', () => {
    const problems: string[] = [];
    for (const [n] of walk(root)) {
      const k = keyOf(n);
      const order = ORDER[k];
      if (!order) {
        if (n.children.length) problems.push(`no ordering rule for <${k}> with children`);
        continue;
      }
      let last = -1;
      for (const c of n.children) {
        const i = order.indexOf(c.tag);
        if (i < 0) problems.push(`<${c.tag}> is not allowed in <${k}>`);
        else if (i < last)
          problems.push(`<${c.tag}> comes too late in <${k}> (order: ${order.join(', ')})`);
        last = Math.max(last, i);
      }
      for (const r of REQUIRED[k] ?? []) if (!child(n, r)) problems.push(`<${k}> lacks <${r}>`);
    }
    expect(problems).toEqual([]);
  });

  it('resolves every resid to a resource of the right kind, and uses every resource', () => {
    const groups: Record<string, string> = {
      'bt:Image': 'bt:Images',
      SourceLocation: 'bt:Urls',
      FunctionFile: 'bt:Urls',
      LearnMoreUrl: 'bt:Urls',
      Label: 'bt:ShortStrings',
      Title: 'bt:ShortStrings',
      Namespace: 'bt:ShortStrings',
      Description: 'bt:LongStrings',
    };
    const used = new Set<string>();
    const problems: string[] = [];
    for (const [n, parents] of walk(vo)) {
      const resid = n.attrs.resid;
      if (!resid) continue;
      used.add(resid);
      const group = groups[n.tag];
      if (!group) problems.push(`unexpected resid on <${n.tag}>`);
      else if (!resourceIds(group).has(resid))
        problems.push(`<${parents.at(-1)?.tag}/${n.tag} resid="${resid}"> is not in ${group}`);
      if (resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
    }
    const all = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((g) => [
      ...resourceIds(g).keys(),
    ]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) if (!used.has(id)) problems.push(`resource ${id} is never used`);
    for (const [id, v] of resourceIds('bt:ShortStrings'))
      if (v.length > 125) problems.push(`${id} longer than 125`);
    for (const [id, v] of resourceIds('bt:LongStrings'))
      if (v.length > 250) problems.push(`${id} longer than 250`);
    expect(problems).toEqual([]);
  });

  it('points every URL at the dev server, at files the build produces, and the pane at one page', async () => {
    const urls = [...walk(root)].flatMap(([n]) =>
      n.attrs.DefaultValue && /^https?:/.test(n.attrs.DefaultValue) ? [n.attrs.DefaultValue] : [],
    );
    expect(urls.length).toBeGreaterThan(10);
    const config = await webpackConfig({}, { mode: 'production' });
    const pages = config.plugins
      .filter((p) => p instanceof HtmlWebpackPlugin)
      .map((p) => p.userOptions.filename);
    const served = new Set([
      ...pages,
      ...Object.keys(config.entry).map((e) => `${e}.js`),
      'functions.json',
    ]);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL), url).toBe(true);
      const path = url.slice(DEV_URL.length);
      if (path.startsWith('assets/')) expect(() => readFileSync(path), url).not.toThrow();
      else expect(served.has(path), `${url} is not produced by the build`).toBe(true);
    }
    const pane = child(child(root, 'DefaultSettings')!, 'SourceLocation')!.attrs.DefaultValue;
    const button = [...walk(vo)].find(
      ([n, p]) => n.tag === 'SourceLocation' && p.at(-1)?.tag === 'Action',
    )![0];
    expect(resourceIds('bt:Urls').get(button.attrs.resid!)).toBe(pane);
    expect(pane).toBe(`${DEV_URL}taskpane.html`);
  });

  it('uses icons of the declared sizes', () => {
    const size = (url: string) => {
      const png = readFileSync(url.slice(DEV_URL.length));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(child(root, 'IconUrl')!.attrs.DefaultValue!)).toEqual([32, 32]);
    expect(size(child(root, 'HighResolutionIconUrl')!.attrs.DefaultValue!)).toEqual([64, 64]);
    const images = resourceIds('bt:Images');
    const declared = [...walk(vo)].filter(([n]) => n.tag === 'bt:Image' && n.attrs.resid);
    expect(new Set(declared.map(([n]) => n.attrs.size))).toEqual(new Set(['16', '32', '80']));
    for (const [n] of declared)
      expect(size(images.get(n.attrs.resid!)!)).toEqual([
        Number(n.attrs.size),
        Number(n.attrs.size),
      ]);
  });

  it('declares the requirement sets the code needs, and no lower', () => {
    const sets = new Map(
      child(child(root, 'Requirements')!, 'Sets')!.children.map((s) => [
        s.attrs.Name,
        s.attrs.MinVersion,
      ]),
    );
    const highest = EXCEL_APIS_USED.map((a) => a.set)
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .at(-1);
    expect(highest).toBe(EXCEL_API_MIN_VERSION);
    expect(sets.get('ExcelApi')).toBe(EXCEL_API_MIN_VERSION);
    expect(sets.get('CustomFunctionsRuntime')).toBe(CUSTOM_FUNCTIONS_RUNTIME_MIN_VERSION);
    expect(readFileSync('src/functions/functions.ts', 'utf8')).toContain(
      'new CustomFunctions.Error(',
    );
  });

  it('gets the production URL at build, everywhere', async () => {
    const transformOf = async () => {
      const config = await webpackConfig({}, { mode: 'production' });
      const copy = config.plugins.find((p) => p instanceof CopyWebpackPlugin) as unknown as {
        patterns: {
          from: string;
          transform?: (content: Buffer, path: string) => string | Buffer;
        }[];
      };
      const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
      expect(pattern?.transform).toBeTypeOf('function');
      return (text: string) => String(pattern!.transform!(Buffer.from(text), 'manifest.xml'));
    };
    const prod = (await transformOf())(xml);
    expect(prod).not.toContain(DEV_URL);
    const prodUrls = [...walk(parse(prod))].flatMap(([n]) =>
      n.attrs.DefaultValue?.startsWith('http') ? [n.attrs.DefaultValue] : [],
    );
    expect(prodUrls.every((u) => u.startsWith(DEFAULT_PROD_URL))).toBe(true);
    const saved = process.env.OFFER_RUNWAY_URL;
    try {
      process.env.OFFER_RUNWAY_URL = 'https://addins.example.org/runway/';
      expect((await transformOf())(xml)).toContain(
        'https://addins.example.org/runway/taskpane.html',
      );
      process.env.OFFER_RUNWAY_URL = 'http://insecure.example.org/';
      await expect(webpackConfig({}, { mode: 'production' })).rejects.toThrow(
        /OFFER_RUNWAY_URL must be an https URL/,
      );
    } finally {
      if (saved === undefined) delete process.env.OFFER_RUNWAY_URL;
      else process.env.OFFER_RUNWAY_URL = saved;
    }
  });
});
