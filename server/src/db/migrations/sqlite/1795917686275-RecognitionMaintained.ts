import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecognitionMaintained1795917686275 implements MigrationInterface {
  name = 'RecognitionMaintained1795917686275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_recognition"`);
    await queryRunner.query(`DROP INDEX "ix_recognition_level"`);
    await queryRunner.query(`DROP INDEX "ix_recognition_path"`);
    await queryRunner.query(`CREATE TABLE "temporary_recognition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "recognisedOn" date NOT NULL, "decision" varchar(100), "endedOn" date, "endReason" varchar(16), "note" varchar(1000), "targetId" integer, "version" integer NOT NULL DEFAULT (1), "maintainedOn" date)`);
    await queryRunner.query(`INSERT INTO "temporary_recognition"("id", "unitId", "unitPath", "level", "year", "recognisedOn", "decision", "endedOn", "endReason", "note", "targetId", "version") SELECT "id", "unitId", "unitPath", "level", "year", "recognisedOn", "decision", "endedOn", "endReason", "note", "targetId", "version" FROM "recognition"`);
    await queryRunner.query(`DROP TABLE "recognition"`);
    await queryRunner.query(`ALTER TABLE "temporary_recognition" RENAME TO "recognition"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_recognition" ON "recognition" ("unitId", "level", "recognisedOn") `);
    await queryRunner.query(`CREATE INDEX "ix_recognition_level" ON "recognition" ("level", "recognisedOn") `);
    await queryRunner.query(`CREATE INDEX "ix_recognition_path" ON "recognition" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_recognition_path"`);
    await queryRunner.query(`DROP INDEX "ix_recognition_level"`);
    await queryRunner.query(`DROP INDEX "uq_recognition"`);
    await queryRunner.query(`ALTER TABLE "recognition" RENAME TO "temporary_recognition"`);
    await queryRunner.query(`CREATE TABLE "recognition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "unitPath" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "year" integer NOT NULL, "recognisedOn" date NOT NULL, "decision" varchar(100), "endedOn" date, "endReason" varchar(16), "note" varchar(1000), "targetId" integer, "version" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`INSERT INTO "recognition"("id", "unitId", "unitPath", "level", "year", "recognisedOn", "decision", "endedOn", "endReason", "note", "targetId", "version") SELECT "id", "unitId", "unitPath", "level", "year", "recognisedOn", "decision", "endedOn", "endReason", "note", "targetId", "version" FROM "temporary_recognition"`);
    await queryRunner.query(`DROP TABLE "temporary_recognition"`);
    await queryRunner.query(`CREATE INDEX "ix_recognition_path" ON "recognition" ("unitPath") `);
    await queryRunner.query(`CREATE INDEX "ix_recognition_level" ON "recognition" ("level", "recognisedOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_recognition" ON "recognition" ("unitId", "level", "recognisedOn") `);
  }
}
