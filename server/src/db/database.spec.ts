import { insertIdsConsecutive } from './database';

describe('insertIdsConsecutive', () => {
  it('trusts InnoDB with an increment of 1, not a stepped increment or TiDB', () => {
    expect(insertIdsConsecutive(1, '10.11.19-MariaDB-0+deb12u1')).toBe(true);
    expect(insertIdsConsecutive(1, '8.0.36')).toBe(true);
    expect(insertIdsConsecutive(3, '10.11.19-MariaDB-log')).toBe(false);
    expect(insertIdsConsecutive(1, '8.0.11-TiDB-v7.5.1')).toBe(false);
  });
});
