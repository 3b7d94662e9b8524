import { UNIT_NAME_MAX_LENGTH, normaliseUnitName, validateUnitName } from './unit-name';
import { describeIssue } from './validation-issue';

describe('validateUnitName', () => {
  it('accepts ordinary Vietnamese names, including ethnic-minority spellings', () => {
    for (const name of ['Thôn 1', 'Xã Jơ Ngây', 'Thôn A Dinh - Bhơ Hôồng', 'La Dêê']) {
      expect(validateUnitName(name)).toBeNull();
    }
  });

  it('refuses blank, over-long and control-character names, naming the field', () => {
    expect(validateUnitName('   ')).toEqual({ field: 'name', rule: 'required' });
    expect(validateUnitName(null)).toEqual({ field: 'name', rule: 'required' });
    expect(validateUnitName('x'.repeat(UNIT_NAME_MAX_LENGTH + 1))?.rule).toBe('tooLong');
    expect(validateUnitName('x'.repeat(UNIT_NAME_MAX_LENGTH))).toBeNull();
    expect(validateUnitName('Thôn\u00001', 'input.name')).toEqual({
      field: 'input.name',
      rule: 'controlCharacters',
    });
  });

  it('describes an issue in English for API messages', () => {
    const issue = validateUnitName('x'.repeat(500));
    expect(issue && describeIssue(issue)).toBe('name: must be at most 100 characters');
  });

  it('normalises to NFC with single spaces', () => {
    expect(normaliseUnitName('  Thôn   Tha\u0323nh ')).toBe('Thôn Thạnh');
  });
});
