import { AuthSession } from '../modules/access/auth-session.entity';
import { LoginThrottle } from '../modules/access/login-throttle.entity';
import { RoleAssignment } from '../modules/access/role-assignment.entity';
import { AppSetting } from '../modules/access/setting.entity';
import { User } from '../modules/access/user.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { AdminUnit } from '../modules/hierarchy/admin-unit.entity';
import { UnitSubmission } from '../modules/submissions/unit-submission.entity';

/** Every table of the product; migrations must produce exactly these (a test checks it). */
export const ENTITIES = [AdminUnit, AuditEntry, User, RoleAssignment, AuthSession, LoginThrottle, AppSetting, UnitSubmission];
