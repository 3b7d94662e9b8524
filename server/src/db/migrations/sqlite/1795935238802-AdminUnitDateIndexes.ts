import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminUnitDateIndexes1795935238802 implements MigrationInterface {
  name = 'AdminUnitDateIndexes1795935238802';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_current_from" ON "admin_unit" ("currentFrom") `);
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_valid_from" ON "admin_unit" ("validFrom") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_admin_unit_valid_from"`);
    await queryRunner.query(`DROP INDEX "ix_admin_unit_current_from"`);
  }
}
