import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HierarchyHistory1795926468868 implements MigrationInterface {
  name = 'HierarchyHistory1795926468868';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hierarchy_change_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "changeId" integer NOT NULL, "seq" integer NOT NULL, "kind" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "code" varchar(16) NOT NULL, "oldName" varchar(150), "name" varchar(150), "type" varchar(24), "oldParentCode" varchar(16), "parentCode" varchar(16), "successorCode" varchar(16))`);
    await queryRunner.query(`CREATE INDEX "ix_hierarchy_change_item_code" ON "hierarchy_change_item" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_hierarchy_change_item_change" ON "hierarchy_change_item" ("changeId", "seq") `);
    await queryRunner.query(`CREATE TABLE "hierarchy_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decision" varchar(300) NOT NULL, "effectiveOn" date NOT NULL, "status" varchar(16) NOT NULL, "appliedAt" varchar(24) NOT NULL, "appliedBy" varchar(64) NOT NULL, "revertedAt" varchar(24), "revertedBy" varchar(64), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_hierarchy_change_effective" ON "hierarchy_change" ("effectiveOn") `);
    await queryRunner.query(`CREATE TABLE "hierarchy_change_undo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "changeId" integer NOT NULL, "seq" integer NOT NULL, "entity" varchar(40) NOT NULL, "recordId" integer NOT NULL, "before" text)`);
    await queryRunner.query(`CREATE INDEX "ix_hierarchy_change_undo_change" ON "hierarchy_change_undo" ("changeId", "seq") `);
    await queryRunner.query(`CREATE TABLE "admin_unit_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "validFrom" date, "validTo" date NOT NULL, "name" varchar(150) NOT NULL, "shortName" varchar(150) NOT NULL, "searchName" varchar(150) NOT NULL, "type" varchar(24) NOT NULL, "level" varchar(16) NOT NULL, "parentId" integer, "changeId" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_history_parent" ON "admin_unit_history" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_history_unit" ON "admin_unit_history" ("unitId", "validTo") `);
    await queryRunner.query(`DROP INDEX "uq_admin_unit_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_level_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_parent_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_path"`);
    await queryRunner.query(`CREATE TABLE "temporary_admin_unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(150) NOT NULL, "shortName" varchar(150) NOT NULL, "searchName" varchar(150) NOT NULL, "type" varchar(24) NOT NULL, "level" varchar(16) NOT NULL, "parentId" integer, "path" varchar(100) NOT NULL, "mountainous" boolean NOT NULL DEFAULT (0), "validFrom" date, "validTo" date, "version" integer NOT NULL DEFAULT (1), "currentFrom" date, "successorId" integer)`);
    await queryRunner.query(`INSERT INTO "temporary_admin_unit"("id", "code", "name", "shortName", "searchName", "type", "level", "parentId", "path", "mountainous", "validFrom", "validTo", "version") SELECT "id", "code", "name", "shortName", "searchName", "type", "level", "parentId", "path", "mountainous", "validFrom", "validTo", "version" FROM "admin_unit"`);
    await queryRunner.query(`DROP TABLE "admin_unit"`);
    await queryRunner.query(`ALTER TABLE "temporary_admin_unit" RENAME TO "admin_unit"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_admin_unit_code" ON "admin_unit" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_level_code" ON "admin_unit" ("level", "code") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_parent_code" ON "admin_unit" ("parentId", "code") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_path" ON "admin_unit" ("path") `);
    await queryRunner.query(`DROP INDEX "uq_target"`);
    await queryRunner.query(`DROP INDEX "ix_target_level_year"`);
    await queryRunner.query(`DROP INDEX "ix_target_path"`);
    await queryRunner.query(`CREATE TABLE "temporary_target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('NEW'), "section" varchar(20), "planName" varchar(150), "note" varchar(1000), "satisfactionPermille" integer, "dossierChangedAt" varchar(24), "version" integer NOT NULL DEFAULT (1), "validFrom" date)`);
    await queryRunner.query(`INSERT INTO "temporary_target"("id", "planId", "unitId", "unitPath", "level", "year", "kind", "section", "planName", "note", "satisfactionPermille", "dossierChangedAt", "version") SELECT "id", "planId", "unitId", "unitPath", "level", "year", "kind", "section", "planName", "note", "satisfactionPermille", "dossierChangedAt", "version" FROM "target"`);
    await queryRunner.query(`DROP TABLE "target"`);
    await queryRunner.query(`ALTER TABLE "temporary_target" RENAME TO "target"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_target" ON "target" ("planId", "unitId", "level", "year", "kind") `);
    await queryRunner.query(`CREATE INDEX "ix_target_level_year" ON "target" ("level", "year") `);
    await queryRunner.query(`CREATE INDEX "ix_target_path" ON "target" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_target_path"`);
    await queryRunner.query(`DROP INDEX "ix_target_level_year"`);
    await queryRunner.query(`DROP INDEX "uq_target"`);
    await queryRunner.query(`ALTER TABLE "target" RENAME TO "temporary_target"`);
    await queryRunner.query(`CREATE TABLE "target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('NEW'), "section" varchar(20), "planName" varchar(150), "note" varchar(1000), "satisfactionPermille" integer, "dossierChangedAt" varchar(24), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`INSERT INTO "target"("id", "planId", "unitId", "unitPath", "level", "year", "kind", "section", "planName", "note", "satisfactionPermille", "dossierChangedAt", "version") SELECT "id", "planId", "unitId", "unitPath", "level", "year", "kind", "section", "planName", "note", "satisfactionPermille", "dossierChangedAt", "version" FROM "temporary_target"`);
    await queryRunner.query(`DROP TABLE "temporary_target"`);
    await queryRunner.query(`CREATE INDEX "ix_target_path" ON "target" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_target_level_year" ON "target" ("level", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_target" ON "target" ("planId", "unitId", "level", "year", "kind") `);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_path"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_parent_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_level_code"`);
    await queryRunner.query(`DROP INDEX "uq_admin_unit_code"`);
    await queryRunner.query(`ALTER TABLE "admin_unit" RENAME TO "temporary_admin_unit"`);
    await queryRunner.query(`CREATE TABLE "admin_unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(150) NOT NULL, "shortName" varchar(150) NOT NULL, "searchName" varchar(150) NOT NULL, "type" varchar(24) NOT NULL, "level" varchar(16) NOT NULL, "parentId" integer, "path" varchar(100) NOT NULL, "mountainous" boolean NOT NULL DEFAULT (0), "validFrom" date, "validTo" date, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`INSERT INTO "admin_unit"("id", "code", "name", "shortName", "searchName", "type", "level", "parentId", "path", "mountainous", "validFrom", "validTo", "version") SELECT "id", "code", "name", "shortName", "searchName", "type", "level", "parentId", "path", "mountainous", "validFrom", "validTo", "version" FROM "temporary_admin_unit"`);
    await queryRunner.query(`DROP TABLE "temporary_admin_unit"`);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_path" ON "admin_unit" ("path") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_parent_code" ON "admin_unit" ("parentId", "code") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_level_code" ON "admin_unit" ("level", "code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_admin_unit_code" ON "admin_unit" ("code") `);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_history_unit"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_history_parent"`);
    await queryRunner.query(`DROP TABLE "admin_unit_history"`);
    await queryRunner.query(`DROP INDEX "ix_hierarchy_change_undo_change"`);
    await queryRunner.query(`DROP TABLE "hierarchy_change_undo"`);
    await queryRunner.query(`DROP INDEX "ix_hierarchy_change_effective"`);
    await queryRunner.query(`DROP TABLE "hierarchy_change"`);
    await queryRunner.query(`DROP INDEX "ix_hierarchy_change_item_change"`);
    await queryRunner.query(`DROP INDEX "ix_hierarchy_change_item_code"`);
    await queryRunner.query(`DROP TABLE "hierarchy_change_item"`);
  }
}
