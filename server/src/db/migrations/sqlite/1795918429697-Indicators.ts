import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1795918429697 implements MigrationInterface {
  name = 'Indicators1795918429697';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "good_model" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "field" varchar(16) NOT NULL, "year" integer NOT NULL, "replicatedFromId" integer, "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_good_model_year" ON "good_model" ("year") `);
    await queryRunner.query(`CREATE INDEX "ix_good_model_path" ON "good_model" ("unitPath") `);
    await queryRunner.query(`CREATE TABLE "indicator_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "indicatorId" integer NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "year" integer NOT NULL, "month" integer NOT NULL DEFAULT (0), "value" double NOT NULL, "note" varchar(1000), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_indicator_value_path" ON "indicator_value" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_indicator_value_year" ON "indicator_value" ("year", "indicatorId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_value" ON "indicator_value" ("indicatorId", "unitId", "year", "month") `);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(60) NOT NULL, "name" varchar(300) NOT NULL, "nameEn" varchar(300) NOT NULL, "unit" varchar(16) NOT NULL, "direction" varchar(20) NOT NULL, "level" varchar(16) NOT NULL, "rollUp" varchar(16) NOT NULL, "weightKey" varchar(60), "targetKind" varchar(20), "targetValue" double, "targetValueMax" double, "baselineYear" integer, "targetYear" integer, "derived" varchar(30), "section" varchar(20), "description" varchar(1000) NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_key" ON "indicator" ("key") `);
    await queryRunner.query(`CREATE TABLE "ocop_product" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "producer" varchar(300) NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "category" varchar(100) NOT NULL, "stars" integer NOT NULL, "yearRated" integer NOT NULL, "isNew" boolean NOT NULL DEFAULT (1), "flagship" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE INDEX "ix_ocop_year" ON "ocop_product" ("yearRated") `);
    await queryRunner.query(`CREATE INDEX "ix_ocop_path" ON "ocop_product" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_ocop_path"`);
    await queryRunner.query(`DROP INDEX "ix_ocop_year"`);
    await queryRunner.query(`DROP TABLE "ocop_product"`);
    await queryRunner.query(`DROP INDEX "uq_indicator_key"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "uq_indicator_value"`);
    await queryRunner.query(`DROP INDEX "ix_indicator_value_year"`);
    await queryRunner.query(`DROP INDEX "ix_indicator_value_path"`);
    await queryRunner.query(`DROP TABLE "indicator_value"`);
    await queryRunner.query(`DROP INDEX "ix_good_model_path"`);
    await queryRunner.query(`DROP INDEX "ix_good_model_year"`);
    await queryRunner.query(`DROP TABLE "good_model"`);
  }
}
