import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanTargetsCriteria1795917327247 implements MigrationInterface {
  name = 'PlanTargetsCriteria1795917327247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "criteria_set" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(60) NOT NULL, "name" varchar(300) NOT NULL, "decision" varchar(300), "unitLevel" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "fromYear" integer NOT NULL, "toYear" integer, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_criteria_set_key" ON "criteria_set" ("key") `);
    await queryRunner.query(`CREATE TABLE "criterion" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "setId" integer NOT NULL, "code" varchar(16) NOT NULL, "parentCode" varchar(16), "name" varchar(500) NOT NULL, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_criterion_set_code" ON "criterion" ("setId", "code") `);
    await queryRunner.query(`CREATE TABLE "evaluation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "year" integer NOT NULL, "criterionId" integer NOT NULL, "met" boolean NOT NULL, "value" varchar(100), "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_evaluation_year_criterion" ON "evaluation" ("year", "criterionId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evaluation_unit_year_criterion" ON "evaluation" ("unitId", "year", "criterionId") `);
    await queryRunner.query(`CREATE TABLE "deadline_rule" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "step" varchar(24) NOT NULL, "unitLevel" varchar(16) NOT NULL, "targetYear" integer, "kind" varchar(16), "levelList" varchar(100) NOT NULL DEFAULT (''), "unitId" integer, "dueDate" date NOT NULL, "section" varchar(20), "note" varchar(500), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_deadline_rule_plan" ON "deadline_rule" ("planId") `);
    await queryRunner.query(`CREATE TABLE "plan_goal" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "key" varchar(60) NOT NULL, "kind" varchar(24) NOT NULL, "unitLevel" varchar(16) NOT NULL, "levelList" varchar(100) NOT NULL, "threshold" integer, "thresholdMax" integer, "sharePercent" integer, "denominator" integer, "mountainousOnly" boolean NOT NULL DEFAULT (0), "section" varchar(20), "description" varchar(500) NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_goal_key" ON "plan_goal" ("planId", "key") `);
    await queryRunner.query(`CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(300) NOT NULL, "decision" varchar(300), "provinceCode" varchar(16) NOT NULL, "startYear" integer NOT NULL, "endYear" integer NOT NULL, "minSatisfactionPermille" integer NOT NULL DEFAULT (900), "minSatisfactionNote" varchar(500), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_code" ON "plan" ("code") `);
    await queryRunner.query(`CREATE TABLE "unit_alias" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "alias" varchar(150) NOT NULL, "foldedAlias" varchar(150) NOT NULL, "source" varchar(200) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_alias" ON "unit_alias" ("foldedAlias", "unitId") `);
    await queryRunner.query(`CREATE TABLE "dossier_step" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "step" varchar(24) NOT NULL, "date" date NOT NULL, "decision" varchar(100), "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_dossier_step" ON "dossier_step" ("targetId", "step") `);
    await queryRunner.query(`CREATE TABLE "recognition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "recognisedOn" date NOT NULL, "decision" varchar(100), "endedOn" date, "endReason" varchar(16), "note" varchar(1000), "targetId" integer, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_recognition_path" ON "recognition" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_recognition_level" ON "recognition" ("level", "recognisedOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_recognition" ON "recognition" ("unitId", "level", "recognisedOn") `);
    await queryRunner.query(`CREATE TABLE "target" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('NEW'), "section" varchar(20), "planName" varchar(150), "note" varchar(1000), "satisfactionPermille" integer, "dossierChangedAt" varchar(24), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_target_path" ON "target" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_target_level_year" ON "target" ("level", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_target" ON "target" ("planId", "unitId", "level", "year", "kind") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_target"`);
    await queryRunner.query(`DROP INDEX "ix_target_level_year"`);
    await queryRunner.query(`DROP INDEX "ix_target_path"`);
    await queryRunner.query(`DROP TABLE "target"`);
    await queryRunner.query(`DROP INDEX "uq_recognition"`);
    await queryRunner.query(`DROP INDEX "ix_recognition_level"`);
    await queryRunner.query(`DROP INDEX "ix_recognition_path"`);
    await queryRunner.query(`DROP TABLE "recognition"`);
    await queryRunner.query(`DROP INDEX "uq_dossier_step"`);
    await queryRunner.query(`DROP TABLE "dossier_step"`);
    await queryRunner.query(`DROP INDEX "uq_unit_alias"`);
    await queryRunner.query(`DROP TABLE "unit_alias"`);
    await queryRunner.query(`DROP INDEX "uq_plan_code"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP INDEX "uq_plan_goal_key"`);
    await queryRunner.query(`DROP TABLE "plan_goal"`);
    await queryRunner.query(`DROP INDEX "ix_deadline_rule_plan"`);
    await queryRunner.query(`DROP TABLE "deadline_rule"`);
    await queryRunner.query(`DROP INDEX "uq_evaluation_unit_year_criterion"`);
    await queryRunner.query(`DROP INDEX "ix_evaluation_year_criterion"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP INDEX "uq_criterion_set_code"`);
    await queryRunner.query(`DROP TABLE "criterion"`);
    await queryRunner.query(`DROP INDEX "uq_criteria_set_key"`);
    await queryRunner.query(`DROP TABLE "criteria_set"`);
  }
}
