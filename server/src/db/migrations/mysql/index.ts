import { AdminUnitDateIndexes1795935238802 } from './1795935238802-AdminUnitDateIndexes';
import { ImportProgress1795932605184 } from './1795932605184-ImportProgress';
import { UnitValidToIndex1795931676022 } from './1795931676022-UnitValidToIndex';
import { HierarchyHistory1795926468868 } from './1795926468868-HierarchyHistory';
import { MonthlyReports1795918558417 } from './1795918558417-MonthlyReports';
import { Indicators1795918429697 } from './1795918429697-Indicators';
import { Money1795918053835 } from './1795918053835-Money';
import { RecognitionMaintained1795917686275 } from './1795917686275-RecognitionMaintained';
import { PlanTargetsCriteria1795917327247 } from './1795917327247-PlanTargetsCriteria';
import { AccessAndApproval1795911888490 } from './1795911888490-AccessAndApproval';
import { Init1795910461419 } from './1795910461419-Init';
import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/** MySQL/MariaDB migrations, oldest first. */
export const MYSQL_MIGRATIONS: MigrationClass[] = [
  Init1795910461419,
  AccessAndApproval1795911888490,
  PlanTargetsCriteria1795917327247,
  RecognitionMaintained1795917686275,
  Money1795918053835,
  Indicators1795918429697,
  MonthlyReports1795918558417,
  HierarchyHistory1795926468868,
  UnitValidToIndex1795931676022,
  ImportProgress1795932605184,
  AdminUnitDateIndexes1795935238802,
];
