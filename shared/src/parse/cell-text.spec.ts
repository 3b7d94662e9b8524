import {
  decimalToDong,
  parseBooleanText,
  parseDateText,
  parseDecimalText,
  parseDelimited,
  parseNumberText,
  parseTsv,
  toTsv,
} from './cell-text';

describe('parseNumberText', () => {
  it.each([
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1234567', 1234567],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['0,5', 0.5],
    ['597,443', 597.443],
    ['1.5', 1.5],
    ['-1.000', -1000],
    ['(2.500)', -2500],
    ['\u22121.000', -1000],
    [' 1 234 567 ', 1234567],
    ['1\u00a0234', 1234],
    ['12.000 đ', 12000],
    ['50%', 50],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it('answers null for an empty cell', () => {
    expect(parseNumberText('  ')).toBeNull();
  });

  it.each(['abc', '1.23.4', '1,2,3', '1.234,5,6', '--1', '1e5', '12a', 'đ'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('parseDateText', () => {
  it.each([
    ['30/06/2024', '2024-06-30'],
    ['1/7/2024', '2024-07-01'],
    ['30-06-2024', '2024-06-30'],
    ['30.06.2024', '2024-06-30'],
    ['2024-06-30', '2024-06-30'],
  ])('reads %j', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it('reads the day first, never the month', () => {
    expect(parseDateText('02/03/2024')).toBe('2024-03-02');
    expect(parseDateText('06/30/2024')).toBeUndefined();
  });

  it.each(['31/02/2024', '2024/06/30', 'hôm nay', '30/06/24'])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('answers null for an empty cell', () => {
    expect(parseDateText('')).toBeNull();
  });
});

describe('parseBooleanText', () => {
  it.each(['x', 'X', 'Có', 'co', 'TRUE', '1', '✓'])('reads %j as yes', (text) => {
    expect(parseBooleanText(text)).toBe(true);
  });
  it.each(['', 'Không', 'FALSE', '0', 'no'])('reads %j as no', (text) => {
    expect(parseBooleanText(text)).toBe(false);
  });
  it('refuses other words', () => {
    expect(parseBooleanText('maybe')).toBeUndefined();
  });
});

describe('parseTsv', () => {
  it('splits rows and cells, ignoring the final line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells', () => {
    expect(parseTsv('a\t\tc\n\tb\t')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Thôn 1\nThôn 2"\t"say ""hi"""\nx\ty')).toEqual([
      ['Thôn 1\nThôn 2', 'say "hi"'],
      ['x', 'y'],
    ]);
  });

  it('takes a stray quote as text', () => {
    expect(parseTsv('5" screen\tb')).toEqual([['5" screen', 'b']]);
  });

  it('round-trips with toTsv', () => {
    const rows = [
      ['a\tb', 'c"d', 'e\nf'],
      ['', 'g', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});

describe('parseDelimited', () => {
  it('reads CSV with quoted commas and line breaks', () => {
    expect(parseDelimited('Mã,Tên\r\n20704,"Xã La Dêê, Nam Giang"\r\n20705,"Thôn ""A""\nmới"\r\n', ',')).toEqual([
      ['Mã', 'Tên'],
      ['20704', 'Xã La Dêê, Nam Giang'],
      ['20705', 'Thôn "A"\nmới'],
    ]);
  });
});

describe('parseDecimalText and decimalToDong', () => {
  it.each([
    ['597,443', '597.443'],
    ['1.307,608', '1307.608'],
    ['12.345.678.901.234.567', '12345678901234567'],
    ['-0,50', '-0.5'],
    ['007', '7'],
    ['-0', '0'],
  ])('reads %j exactly as %j', (text, decimal) => {
    expect(parseDecimalText(text)).toBe(decimal);
  });

  it('turns tỷ and triệu into whole đồng without a float', () => {
    expect(decimalToDong('597.443', 9)).toBe('597443000000');
    expect(decimalToDong('1307.608', 9)).toBe('1307608000000');
    expect(decimalToDong('0.5', 6)).toBe('500000');
    expect(decimalToDong('-2.25', 6)).toBe('-2250000');
    expect(decimalToDong('12345678901.234567', 6)).toBe('12345678901234567');
    expect(decimalToDong('0', 6)).toBe('0');
  });

  it('refuses a fraction of a đồng', () => {
    expect(decimalToDong('1.0000001', 6)).toBeUndefined();
  });
});
