import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportProgress1795932605184 implements MigrationInterface {
  name = 'ImportProgress1795932605184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_progress" ("id" varchar(100) PRIMARY KEY NOT NULL, "owner" varchar(64) NOT NULL, "phase" varchar(16) NOT NULL, "done" integer NOT NULL, "total" integer NOT NULL, "touchedAt" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_import_progress_touched" ON "import_progress" ("touchedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_import_progress_touched"`);
    await queryRunner.query(`DROP TABLE "import_progress"`);
  }
}
