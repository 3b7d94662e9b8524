import { AdminUnit } from '../modules/hierarchy/admin-unit.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';

/** Every table of the product; migrations must produce exactly these (a test checks it). */
export const ENTITIES = [AdminUnit, AuditEntry];
