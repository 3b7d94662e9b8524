import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitValidToIndex1795931676022 implements MigrationInterface {
  name = 'UnitValidToIndex1795931676022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_admin_unit_valid_to" ON "admin_unit" ("validTo") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_admin_unit_valid_to"`);
  }
}
