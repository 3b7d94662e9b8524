import { AdminLevel } from './admin-level';
import {
  UnitType,
  levelOfUnitType,
  parseUnitTypeName,
  shortUnitName,
  unitTypeName,
  unitTypesAtLevel,
} from './unit-type';

describe('unit types', () => {
  it('reads the GSO type names at their level only', () => {
    expect(parseUnitTypeName('Thị xã', AdminLevel.DISTRICT)).toBe(UnitType.TOWN);
    expect(parseUnitTypeName('Thành phố', AdminLevel.DISTRICT)).toBe(UnitType.PROVINCIAL_CITY);
    expect(parseUnitTypeName('Thành phố Trung ương', AdminLevel.PROVINCE)).toBe(UnitType.CENTRAL_CITY);
    expect(parseUnitTypeName('Xã', AdminLevel.DISTRICT)).toBeNull();
    expect(parseUnitTypeName('Làng', AdminLevel.VILLAGE)).toBeNull();
  });

  it('round-trips every type through its Vietnamese name', () => {
    for (const type of Object.values(UnitType)) {
      expect(parseUnitTypeName(unitTypeName(type), levelOfUnitType(type))).toBe(type);
    }
  });

  it('lists the types of a level', () => {
    expect(unitTypesAtLevel(AdminLevel.COMMUNE).sort()).toEqual(
      [UnitType.COMMUNE, UnitType.TOWNSHIP, UnitType.WARD].sort(),
    );
  });

  it('drops the type word the way the plan names units', () => {
    expect(shortUnitName('Huyện Nam Giang', UnitType.RURAL_DISTRICT)).toBe('Nam Giang');
    expect(shortUnitName('Thành phố Hội An', UnitType.PROVINCIAL_CITY)).toBe('Hội An');
    expect(shortUnitName('Thị trấn Nam Phước', UnitType.TOWNSHIP)).toBe('Nam Phước');
    expect(shortUnitName('Xã Tà Bhing', UnitType.COMMUNE)).toBe('Tà Bhing');
    // A name without the type word, or that is only the word, stays whole.
    expect(shortUnitName('Bến Giằng', UnitType.COMMUNE)).toBe('Bến Giằng');
    expect(shortUnitName('Xã', UnitType.COMMUNE)).toBe('Xã');
  });
});
