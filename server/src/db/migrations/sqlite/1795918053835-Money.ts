import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Money1795918053835 implements MigrationInterface {
  name = 'Money1795918053835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "allocation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "projectId" integer NOT NULL DEFAULT (0), "year" integer NOT NULL, "source" varchar(16) NOT NULL, "capitalType" varchar(16) NOT NULL DEFAULT (''), "amount" bigint NOT NULL, "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_allocation_project" ON "allocation" ("projectId") `);
    await queryRunner.query(`CREATE INDEX "ix_allocation_path" ON "allocation" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_allocation_year_source" ON "allocation" ("year", "source") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_allocation" ON "allocation" ("unitId", "projectId", "year", "source", "capitalType") `);
    await queryRunner.query(`CREATE TABLE "checkpoint" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "capitalYearFrom" integer NOT NULL, "capitalYearTo" integer NOT NULL, "dueDate" date NOT NULL, "minSharePermille" integer NOT NULL, "note" varchar(500), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_checkpoint_plan" ON "checkpoint" ("planId", "dueDate") `);
    await queryRunner.query(`CREATE TABLE "disbursement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "source" varchar(16) NOT NULL, "capitalYear" integer NOT NULL, "date" date NOT NULL, "amount" bigint NOT NULL, "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_disbursement_path" ON "disbursement" ("unitPath", "capitalYear") `);
    await queryRunner.query(`CREATE INDEX "ix_disbursement_project" ON "disbursement" ("projectId", "date") `);
    await queryRunner.query(`CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(300) NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "kind" varchar(24) NOT NULL, "targetId" integer, "capitalAllocatedOn" date, "contractorChosenOn" date, "startedOn" date, "completedOn" date, "acceptedOn" date, "settlementApprovedOn" date, "stoppedOn" date, "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_project_path" ON "project" ("unitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_project_code" ON "project" ("code") `);
    await queryRunner.query(`CREATE TABLE "reallocation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fromUnitId" integer NOT NULL, "fromUnitPath" varchar(100) NOT NULL, "fromProjectId" integer NOT NULL DEFAULT (0), "toUnitId" integer NOT NULL, "toProjectId" integer NOT NULL DEFAULT (0), "source" varchar(16) NOT NULL, "capitalType" varchar(16) NOT NULL DEFAULT (''), "capitalYear" integer NOT NULL, "amount" bigint NOT NULL, "reason" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "reportedOn" date, "doneOn" date, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_reallocation_year" ON "reallocation" ("capitalYear", "status") `);
    await queryRunner.query(`CREATE TABLE "support_norm" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "key" varchar(60) NOT NULL, "basis" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "unitLevel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "perYear" boolean NOT NULL DEFAULT (0), "sourceList" varchar(100) NOT NULL, "capitalType" varchar(16), "description" varchar(500) NOT NULL, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_support_norm" ON "support_norm" ("planId", "key") `);
    await queryRunner.query(`DROP INDEX "uq_plan_code"`);
    await queryRunner.query(`CREATE TABLE "temporary_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(300) NOT NULL, "decision" varchar(300), "provinceCode" varchar(16) NOT NULL, "startYear" integer NOT NULL, "endYear" integer NOT NULL, "minSatisfactionPermille" integer NOT NULL DEFAULT (900), "minSatisfactionNote" varchar(500), "version" integer NOT NULL DEFAULT (1), "reallocationCheckDay" varchar(5) NOT NULL DEFAULT ('06-30'), "reallocationReportFrom" varchar(5) NOT NULL DEFAULT ('10-01'), "reallocationReportBy" varchar(5) NOT NULL DEFAULT ('10-10'), "reallocationDoneBy" varchar(5) NOT NULL DEFAULT ('11-15'))`);
    await queryRunner.query(`INSERT INTO "temporary_plan"("id", "code", "name", "decision", "provinceCode", "startYear", "endYear", "minSatisfactionPermille", "minSatisfactionNote", "version") SELECT "id", "code", "name", "decision", "provinceCode", "startYear", "endYear", "minSatisfactionPermille", "minSatisfactionNote", "version" FROM "plan"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`ALTER TABLE "temporary_plan" RENAME TO "plan"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_code" ON "plan" ("code") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_plan_code"`);
    await queryRunner.query(`ALTER TABLE "plan" RENAME TO "temporary_plan"`);
    await queryRunner.query(`CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(300) NOT NULL, "decision" varchar(300), "provinceCode" varchar(16) NOT NULL, "startYear" integer NOT NULL, "endYear" integer NOT NULL, "minSatisfactionPermille" integer NOT NULL DEFAULT (900), "minSatisfactionNote" varchar(500), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`INSERT INTO "plan"("id", "code", "name", "decision", "provinceCode", "startYear", "endYear", "minSatisfactionPermille", "minSatisfactionNote", "version") SELECT "id", "code", "name", "decision", "provinceCode", "startYear", "endYear", "minSatisfactionPermille", "minSatisfactionNote", "version" FROM "temporary_plan"`);
    await queryRunner.query(`DROP TABLE "temporary_plan"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_code" ON "plan" ("code") `);
    await queryRunner.query(`DROP INDEX "uq_support_norm"`);
    await queryRunner.query(`DROP TABLE "support_norm"`);
    await queryRunner.query(`DROP INDEX "ix_reallocation_year"`);
    await queryRunner.query(`DROP TABLE "reallocation"`);
    await queryRunner.query(`DROP INDEX "uq_project_code"`);
    await queryRunner.query(`DROP INDEX "ix_project_path"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "ix_disbursement_project"`);
    await queryRunner.query(`DROP INDEX "ix_disbursement_path"`);
    await queryRunner.query(`DROP TABLE "disbursement"`);
    await queryRunner.query(`DROP INDEX "ix_checkpoint_plan"`);
    await queryRunner.query(`DROP TABLE "checkpoint"`);
    await queryRunner.query(`DROP INDEX "uq_allocation"`);
    await queryRunner.query(`DROP INDEX "ix_allocation_year_source"`);
    await queryRunner.query(`DROP INDEX "ix_allocation_path"`);
    await queryRunner.query(`DROP INDEX "ix_allocation_project"`);
    await queryRunner.query(`DROP TABLE "allocation"`);
  }
}
