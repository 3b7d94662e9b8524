import { useRowStore } from './use-row-store';

interface Row {
  code: string;
  name: string;
}

const rowsOf = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ code: String(i), name: `Xã ${i}` }));

describe('useRowStore', () => {
  it('finds rows by key, and sees rows replaced wholesale', () => {
    const store = useRowStore<Row>((r) => r.code);
    store.replaceAll(rowsOf(3));
    expect(store.find('1')?.name).toBe('Xã 1');
    expect(store.find('9')).toBeUndefined();
    store.replaceAll([{ code: '9', name: 'Xã mới' }]);
    expect(store.find('9')?.name).toBe('Xã mới');
    expect(store.find('1')).toBeUndefined();
  });

  it('replaces many rows in one new array, leaving the others as they were', () => {
    const store = useRowStore<Row>((r) => r.code);
    store.replaceAll(rowsOf(5));
    const before = store.rows.value;
    store.putMany([
      { code: '1', name: 'Một' },
      { code: '3', name: 'Ba' },
      { code: '7', name: 'không có' },
    ]);
    const after = store.rows.value;
    expect(after).not.toBe(before);
    expect(after.map((r) => r.name)).toEqual(['Xã 0', 'Một', 'Xã 2', 'Ba', 'Xã 4']);
    expect(after[0]).toBe(before[0]);
    expect(before[1].name).toBe('Xã 1');
    // Nothing it holds: no change, not even a new array.
    store.putMany([{ code: '42', name: 'x' }]);
    expect(store.rows.value).toBe(after);
  });

  it('adds a new row at the end, replaces a known one in place, and removes by key', () => {
    const store = useRowStore<Row>((r) => r.code);
    store.replaceAll(rowsOf(2));
    store.add({ code: '5', name: 'Năm' });
    store.add({ code: '0', name: 'Không' });
    expect(store.rows.value.map((r) => `${r.code}:${r.name}`)).toEqual(['0:Không', '1:Xã 1', '5:Năm']);
    store.remove('1');
    expect(store.rows.value.map((r) => r.code)).toEqual(['0', '5']);
    expect(store.find('5')?.name).toBe('Năm');
    expect(store.find('1')).toBeUndefined();
  });

  it('saves a thousand rows of ten thousand in linear time, not a scan per row', () => {
    const store = useRowStore<Row>((r) => r.code);
    store.replaceAll(rowsOf(10_000));
    let keys = 0;
    const counting = useRowStore<Row>((r) => {
      keys++;
      return r.code;
    });
    counting.replaceAll(store.rows.value);
    counting.putMany(rowsOf(1_000).map((r) => ({ ...r, name: `${r.name} (sửa)` })));
    expect(counting.find('999')?.name).toBe('Xã 999 (sửa)');
    // One key per row to index the list, one per saved row: far from 1,000 × 10,000.
    expect(keys).toBeLessThan(12_000);
  });
});
