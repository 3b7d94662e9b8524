import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyReports1795918558417 implements MigrationInterface {
  name = 'MonthlyReports1795918558417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "monthly_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "year" integer NOT NULL, "month" integer NOT NULL, "status" varchar(16) NOT NULL, "difficulties" text, "proposals" text, "note" varchar(2000), "submittedBy" varchar(64), "submittedAt" varchar(24), "decidedBy" varchar(64), "decidedAt" varchar(24), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_monthly_report_period" ON "monthly_report" ("year", "month") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_monthly_report" ON "monthly_report" ("unitId", "year", "month") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_monthly_report"`);
    await queryRunner.query(`DROP INDEX "ix_monthly_report_period"`);
    await queryRunner.query(`DROP TABLE "monthly_report"`);
  }
}
