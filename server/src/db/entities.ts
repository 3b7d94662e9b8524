import { AuthSession } from '../modules/access/auth-session.entity';
import { LoginThrottle } from '../modules/access/login-throttle.entity';
import { RoleAssignment } from '../modules/access/role-assignment.entity';
import { AppSetting } from '../modules/access/setting.entity';
import { User } from '../modules/access/user.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { AdminUnit } from '../modules/hierarchy/admin-unit.entity';
import {
  HierarchyChange,
  HierarchyChangeItem,
  HierarchyChangeUndo,
} from '../modules/hierarchy/hierarchy-change.entity';
import { UnitHistory } from '../modules/hierarchy/unit-history.entity';
import { CriteriaSet } from '../modules/criteria/criteria-set.entity';
import { Criterion } from '../modules/criteria/criterion.entity';
import { Evaluation } from '../modules/criteria/evaluation.entity';
import { DeadlineRule } from '../modules/plan/deadline-rule.entity';
import { PlanGoal } from '../modules/plan/plan-goal.entity';
import { Plan } from '../modules/plan/plan.entity';
import { UnitAlias } from '../modules/plan/unit-alias.entity';
import { UnitSubmission } from '../modules/submissions/unit-submission.entity';
import { DossierStepRecord } from '../modules/targets/dossier-step.entity';
import { Recognition } from '../modules/targets/recognition.entity';
import { Target } from '../modules/targets/target.entity';
import { Allocation } from '../modules/money/allocation.entity';
import { Checkpoint } from '../modules/money/checkpoint.entity';
import { Disbursement } from '../modules/money/disbursement.entity';
import { Project } from '../modules/money/project.entity';
import { Reallocation } from '../modules/money/reallocation.entity';
import { SupportNorm } from '../modules/money/support-norm.entity';
import { GoodModel } from '../modules/indicators/good-model.entity';
import { IndicatorValue } from '../modules/indicators/indicator-value.entity';
import { Indicator } from '../modules/indicators/indicator.entity';
import { OcopProduct } from '../modules/indicators/ocop-product.entity';
import { MonthlyReport } from '../modules/reports/monthly-report.entity';
import { ImportProgressRecord } from '../modules/import/import-progress.entity';

/** Every table of the product; migrations must produce exactly these (a test checks it). */
export const ENTITIES = [
  AdminUnit,
  UnitHistory,
  HierarchyChange,
  HierarchyChangeItem,
  HierarchyChangeUndo,
  AuditEntry,
  User,
  RoleAssignment,
  AuthSession,
  LoginThrottle,
  AppSetting,
  UnitSubmission,
  Plan,
  PlanGoal,
  DeadlineRule,
  UnitAlias,
  CriteriaSet,
  Criterion,
  Evaluation,
  Target,
  DossierStepRecord,
  Recognition,
  Allocation,
  Project,
  Disbursement,
  Checkpoint,
  Reallocation,
  SupportNorm,
  Indicator,
  IndicatorValue,
  OcopProduct,
  GoodModel,
  MonthlyReport,
  ImportProgressRecord,
];
