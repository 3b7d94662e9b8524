import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessAndApproval1795911888490 implements MigrationInterface {
  name = 'AccessAndApproval1795911888490';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "revokedAt" varchar(24))`);
    await queryRunner.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_auth_session_token" ON "auth_session" ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("throttleKey" varchar(120) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "windowStart" varchar(24) NOT NULL, "lockedUntil" varchar(24))`);
    await queryRunner.query(`CREATE TABLE "role_assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "role" varchar(16) NOT NULL, "unitId" integer)`);
    await queryRunner.query(`CREATE INDEX "ix_role_assignment_unit" ON "role_assignment" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "ix_role_assignment_user" ON "role_assignment" ("userId") `);
    await queryRunner.query(`CREATE TABLE "app_setting" ("key" varchar(64) PRIMARY KEY NOT NULL, "value" text NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(150) NOT NULL, "passwordHash" varchar(100) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_username" ON "app_user" ("username") `);
    await queryRunner.query(`CREATE TABLE "unit_submission" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "year" integer NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "submittedBy" varchar(64), "submittedAt" varchar(24), "decidedBy" varchar(64), "decidedAt" varchar(24), "note" text)`);
    await queryRunner.query(`CREATE INDEX "ix_unit_submission_year_status" ON "unit_submission" ("year", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_submission_unit_year" ON "unit_submission" ("unitId", "year") `);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity_key"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_at"`);
    await queryRunner.query(`CREATE TABLE "temporary_audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "requestId" varchar(64) NOT NULL, "actor" varchar(64), "action" varchar(8) NOT NULL, "entity" varchar(64) NOT NULL, "entityKey" varchar(64) NOT NULL, "field" varchar(64), "oldValue" text, "newValue" text, "unitPath" varchar(100))`);
    await queryRunner.query(`INSERT INTO "temporary_audit_entry"("id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue") SELECT "id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue" FROM "audit_entry"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_entry" RENAME TO "audit_entry"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity_key" ON "audit_entry" ("entity", "entityKey") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry" ("at") `);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity_key"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_at"`);
    await queryRunner.query(`CREATE TABLE "temporary_audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "requestId" varchar(64) NOT NULL, "actor" varchar(64), "action" varchar(16) NOT NULL, "entity" varchar(64) NOT NULL, "entityKey" varchar(64) NOT NULL, "field" varchar(64), "oldValue" text, "newValue" text, "unitPath" varchar(100))`);
    await queryRunner.query(`INSERT INTO "temporary_audit_entry"("id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue", "unitPath") SELECT "id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue", "unitPath" FROM "audit_entry"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_entry" RENAME TO "audit_entry"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity_key" ON "audit_entry" ("entity", "entityKey") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry" ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_unit_path" ON "audit_entry" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_entry_unit_path"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_at"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity_key"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" RENAME TO "temporary_audit_entry"`);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "requestId" varchar(64) NOT NULL, "actor" varchar(64), "action" varchar(8) NOT NULL, "entity" varchar(64) NOT NULL, "entityKey" varchar(64) NOT NULL, "field" varchar(64), "oldValue" text, "newValue" text, "unitPath" varchar(100))`);
    await queryRunner.query(`INSERT INTO "audit_entry"("id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue", "unitPath") SELECT "id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue", "unitPath" FROM "temporary_audit_entry"`);
    await queryRunner.query(`DROP TABLE "temporary_audit_entry"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry" ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity_key" ON "audit_entry" ("entity", "entityKey") `);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_at"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity_key"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" RENAME TO "temporary_audit_entry"`);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "requestId" varchar(64) NOT NULL, "actor" varchar(64), "action" varchar(8) NOT NULL, "entity" varchar(64) NOT NULL, "entityKey" varchar(64) NOT NULL, "field" varchar(64), "oldValue" text, "newValue" text)`);
    await queryRunner.query(`INSERT INTO "audit_entry"("id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue") SELECT "id", "at", "requestId", "actor", "action", "entity", "entityKey", "field", "oldValue", "newValue" FROM "temporary_audit_entry"`);
    await queryRunner.query(`DROP TABLE "temporary_audit_entry"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry" ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity_key" ON "audit_entry" ("entity", "entityKey") `);
    await queryRunner.query(`DROP INDEX "uq_unit_submission_unit_year"`);
    await queryRunner.query(`DROP INDEX "ix_unit_submission_year_status"`);
    await queryRunner.query(`DROP TABLE "unit_submission"`);
    await queryRunner.query(`DROP INDEX "uq_app_user_username"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "app_setting"`);
    await queryRunner.query(`DROP INDEX "ix_role_assignment_user"`);
    await queryRunner.query(`DROP INDEX "ix_role_assignment_unit"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "uq_auth_session_token"`);
    await queryRunner.query(`DROP INDEX "ix_auth_session_user"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
  }
}
