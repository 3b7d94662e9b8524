import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795910461419 implements MigrationInterface {
  name = 'Init1795910461419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "admin_unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(150) NOT NULL, "shortName" varchar(150) NOT NULL, "searchName" varchar(150) NOT NULL, "type" varchar(24) NOT NULL, "level" varchar(16) NOT NULL, "parentId" integer, "path" varchar(100) NOT NULL, "mountainous" boolean NOT NULL DEFAULT (0), "validFrom" date, "validTo" date, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_path" ON "admin_unit" ("path") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_parent_code" ON "admin_unit" ("parentId", "code") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_level_code" ON "admin_unit" ("level", "code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_admin_unit_code" ON "admin_unit" ("code") `);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "requestId" varchar(64) NOT NULL, "actor" varchar(64), "action" varchar(8) NOT NULL, "entity" varchar(64) NOT NULL, "entityKey" varchar(64) NOT NULL, "field" varchar(64), "oldValue" text, "newValue" text)`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_at" ON "audit_entry" ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity_key" ON "audit_entry" ("entity", "entityKey") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity_key"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_at"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "uq_admin_unit_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_level_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_parent_code"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_path"`);
    await queryRunner.query(`DROP TABLE "admin_unit"`);
  }
}
