import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyReports1795918558417 implements MigrationInterface {
  name = 'MonthlyReports1795918558417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`monthly_report\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`year\` int NOT NULL, \`month\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`difficulties\` text NULL, \`proposals\` text NULL, \`note\` varchar(2000) NULL, \`submittedBy\` varchar(64) NULL, \`submittedAt\` varchar(24) NULL, \`decidedBy\` varchar(64) NULL, \`decidedAt\` varchar(24) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_monthly_report_period\` (\`year\`, \`month\`), UNIQUE INDEX \`uq_monthly_report\` (\`unitId\`, \`year\`, \`month\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_monthly_report\` ON \`monthly_report\``);
    await queryRunner.query(`DROP INDEX \`ix_monthly_report_period\` ON \`monthly_report\``);
    await queryRunner.query(`DROP TABLE \`monthly_report\``);
  }
}
