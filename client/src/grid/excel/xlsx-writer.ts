import { strToU8, zipSync } from 'fflate';

/**
 * A workbook of one sheet as an .xlsx file (Office Open XML, ECMA-376): the few XML parts Excel,
 * LibreOffice and the server's import reader need, zipped. It writes what the grids export and
 * nothing else: strings, numbers, a handful of styles, a frozen header and its filter buttons.
 */

/** How a cell looks. Cells that look alike share one entry of the workbook's style table. */
export interface XlsxStyle {
  readonly bold?: boolean;
  /** A solid fill, as ARGB: "FFF1F5F4". */
  readonly fill?: string;
  /** A thin line under the cell, of this colour (ARGB). */
  readonly bottomBorder?: string;
  /** An Excel number format: "#,##0", "dd/mm/yyyy". */
  readonly numFmt?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  /** OOXML's names: "center" is what Excel's menus call middle. */
  readonly vertical?: 'top' | 'center' | 'bottom';
  readonly wrapText?: boolean;
}

/** A string, a number (dates are numbers too: days since 1899, shown by a date format), or none. */
export interface XlsxCell {
  readonly value: string | number | null;
  readonly style?: XlsxStyle;
}

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (see sheetName). */
  readonly name: string;
  /** Column widths in characters, one per column. */
  readonly widths: readonly number[];
  /** The rows from the first; null where a row has no cell. */
  readonly rows: readonly (readonly (XlsxCell | null)[])[];
  /** Rows that stay in view when the sheet scrolls. */
  readonly frozenRows?: number;
  /** Excel's filter buttons on the first row, over every column. */
  readonly autoFilter?: boolean;
}

export interface XlsxProperties {
  readonly creator: string;
  readonly created: Date;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** What XML 1.0 cannot carry even escaped: most control characters, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element or a double-quoted attribute. */
export function xmlEscape(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The position of `item` in `list`, added at the end the first time. */
function indexIn(list: string[], item: string): number {
  const found = list.indexOf(item);
  return found >= 0 ? found : list.push(item) - 1;
}

/**
 * xl/styles.xml: each distinct look of a cell becomes one `xf` of cellXfs, made of a number
 * format, a font, a fill and a border, each kept once. Index 0 of each is the plain default.
 */
class StyleTable {
  /** Custom number formats: ids from 164 up, the ones below being Excel's built-in formats. */
  private readonly numFmts: string[] = [];
  private readonly fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  /** The first two fills are reserved by the format: none and gray125. */
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byStyle = new Map<string, number>();

  /** The cellXfs index of a look (the `s` of a cell). */
  index(style: XlsxStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    let index = this.byStyle.get(key);
    if (index === undefined) {
      index = indexIn(this.xfs, this.xf(style));
      this.byStyle.set(key, index);
    }
    return index;
  }

  private xf(style: XlsxStyle): string {
    const numFmtId = style.numFmt ? 164 + indexIn(this.numFmts, style.numFmt) : 0;
    const fontId = style.bold
      ? indexIn(this.fonts, '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>')
      : 0;
    const fillId = style.fill
      ? indexIn(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${xmlEscape(style.fill)}"/>` +
            '<bgColor indexed="64"/></patternFill></fill>',
        )
      : 0;
    const borderId = style.bottomBorder
      ? indexIn(
          this.borders,
          `<border><left/><right/><top/><bottom style="thin"><color rgb="${xmlEscape(style.bottomBorder)}"/>` +
            '</bottom><diagonal/></border>',
        )
      : 0;
    const alignment =
      (style.horizontal ? ` horizontal="${style.horizontal}"` : '') +
      (style.vertical ? ` vertical="${style.vertical}"` : '') +
      (style.wrapText ? ' wrapText="1"' : '');
    const applied =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const ids = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    return alignment ? `<xf ${ids}${applied}><alignment${alignment}/></xf>` : `<xf ${ids}${applied}/>`;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlEscape(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list('cellXfs', this.xfs) +
      list('cellStyles', ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      '</styleSheet>'
    );
  }
}

/** xl/sharedStrings.xml: each distinct string once; cells refer to it by its position. */
class SharedStrings {
  private readonly strings: string[] = [];
  private readonly byText = new Map<string, number>();
  private uses = 0;

  index(text: string): number {
    this.uses += 1;
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.byText.set(text, index);
    }
    return index;
  }

  xml(): string {
    const items = this.strings.map((text) => {
      // Leading or trailing spaces and line breaks survive only when asked for.
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlEscape(text)}</t></si>`;
    });
    return (
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.strings.length}">` +
      `${items.join('')}</sst>`
    );
  }
}

function cellXml(ref: string, cell: XlsxCell, styles: StyleTable, strings: SharedStrings): string {
  const s = styles.index(cell.style);
  const style = s ? ` s="${s}"` : '';
  const { value } = cell;
  if (typeof value === 'string') return `<c r="${ref}"${style} t="s"><v>${strings.index(value)}</v></c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  // No value, but a look: a cell typed into later takes it.
  return style ? `<c r="${ref}"${style}/>` : '';
}

/**
 * xl/worksheets/sheet1.xml. CT_Worksheet is a sequence: sheetViews, sheetFormatPr, cols,
 * sheetData, then autoFilter; Excel calls a file with them out of order corrupt.
 */
function sheetXml(sheet: XlsxSheet, styles: StyleTable, strings: SharedStrings): string {
  const columns = sheet.widths.length;
  const lastColumn = columnName(Math.max(columns, 1) - 1);
  const frozen = sheet.frozenRows ?? 0;
  const topLeft = `A${frozen + 1}`;
  const view = frozen
    ? `<sheetView tabSelected="1" workbookViewId="0">` +
      `<pane ySplit="${frozen}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
    : '<sheetView tabSelected="1" workbookViewId="0"/>';
  const cols = sheet.widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => (cell ? cellXml(`${columnName(c)}${r + 1}`, cell, styles, strings) : ''))
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  const dimension = sheet.rows.length ? `A1:${lastColumn}${sheet.rows.length}` : 'A1';
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (sheet.autoFilter && columns ? `<autoFilter ref="A1:${lastColumn}1"/>` : '') +
    '</worksheet>'
  );
}

function workbookXml(sheet: XlsxSheet): string {
  // Excel keeps the filtered range under this hidden name; without it, it repairs the file.
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const filter =
    sheet.autoFilter && sheet.widths.length
      ? '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">' +
        `${xmlEscape(quoted)}!$A$1:$${columnName(sheet.widths.length - 1)}$1</definedName></definedNames>`
      : '';
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${xmlEscape(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>` +
    `${filter}</workbook>`
  );
}

function relationships(items: readonly (readonly [id: string, type: string, target: string])[]): string {
  const rels = items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS_NS}">${rels.join('')}</Relationships>`;
}

function contentTypesXml(): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/xl/workbook.xml', `${SHEET_MIME}.sheet.main+xml`) +
    override('/xl/worksheets/sheet1.xml', `${SHEET_MIME}.worksheet+xml`) +
    override('/xl/styles.xml', `${SHEET_MIME}.styles+xml`) +
    override('/xl/sharedStrings.xml', `${SHEET_MIME}.sharedStrings+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

function coreXml(properties: XlsxProperties): string {
  // W3CDTF: ISO 8601 to the second, in UTC.
  const created = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties` +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlEscape(properties.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The workbook's bytes: a zip of its parts, [Content_Types].xml first. */
export function xlsxBytes(sheet: XlsxSheet, properties: XlsxProperties): Uint8Array<ArrayBuffer> {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  // The sheet first: writing its cells fills the style and string tables.
  const worksheet = sheetXml(sheet, styles, strings);
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypesXml(),
    '_rels/.rels': relationships([
      ['rId1', `${DOC_RELS_NS}/officeDocument`, 'xl/workbook.xml'],
      ['rId2', `${PACKAGE_RELS_NS}/metadata/core-properties`, 'docProps/core.xml'],
    ]),
    'docProps/core.xml': coreXml(properties),
    'xl/workbook.xml': workbookXml(sheet),
    'xl/_rels/workbook.xml.rels': relationships([
      ['rId1', `${DOC_RELS_NS}/worksheet`, 'worksheets/sheet1.xml'],
      ['rId2', `${DOC_RELS_NS}/styles`, 'styles.xml'],
      ['rId3', `${DOC_RELS_NS}/sharedStrings`, 'sharedStrings.xml'],
    ]),
    'xl/styles.xml': styles.xml(),
    'xl/sharedStrings.xml': strings.xml(),
    'xl/worksheets/sheet1.xml': worksheet,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])), { level: 6 });
}
