import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportProgress1795932605184 implements MigrationInterface {
  name = 'ImportProgress1795932605184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`import_progress\` (\`id\` varchar(100) NOT NULL, \`owner\` varchar(64) NOT NULL, \`phase\` varchar(16) NOT NULL, \`done\` int NOT NULL, \`total\` int NOT NULL, \`touchedAt\` bigint NOT NULL, INDEX \`ix_import_progress_touched\` (\`touchedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_import_progress_touched\` ON \`import_progress\``);
    await queryRunner.query(`DROP TABLE \`import_progress\``);
  }
}
