import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecognitionMaintained1795917686275 implements MigrationInterface {
  name = 'RecognitionMaintained1795917686275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`recognition\` ADD \`maintainedOn\` date NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`recognition\` DROP COLUMN \`maintainedOn\``);
  }
}
