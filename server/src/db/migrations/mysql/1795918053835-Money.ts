import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Money1795918053835 implements MigrationInterface {
  name = 'Money1795918053835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`allocation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`projectId\` int NOT NULL DEFAULT '0', \`year\` int NOT NULL, \`source\` varchar(16) NOT NULL, \`capitalType\` varchar(16) NOT NULL DEFAULT '', \`amount\` bigint NOT NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_allocation_project\` (\`projectId\`), INDEX \`ix_allocation_path\` (\`unitPath\`), INDEX \`ix_allocation_year_source\` (\`year\`, \`source\`), UNIQUE INDEX \`uq_allocation\` (\`unitId\`, \`projectId\`, \`year\`, \`source\`, \`capitalType\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`checkpoint\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`capitalYearFrom\` int NOT NULL, \`capitalYearTo\` int NOT NULL, \`dueDate\` date NOT NULL, \`minSharePermille\` int NOT NULL, \`note\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_checkpoint_plan\` (\`planId\`, \`dueDate\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disbursement\` (\`id\` int NOT NULL AUTO_INCREMENT, \`projectId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`source\` varchar(16) NOT NULL, \`capitalYear\` int NOT NULL, \`date\` date NOT NULL, \`amount\` bigint NOT NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_disbursement_path\` (\`unitPath\`, \`capitalYear\`), INDEX \`ix_disbursement_project\` (\`projectId\`, \`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`project\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(40) NOT NULL, \`name\` varchar(300) NOT NULL, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`kind\` varchar(24) NOT NULL, \`targetId\` int NULL, \`capitalAllocatedOn\` date NULL, \`contractorChosenOn\` date NULL, \`startedOn\` date NULL, \`completedOn\` date NULL, \`acceptedOn\` date NULL, \`settlementApprovedOn\` date NULL, \`stoppedOn\` date NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_project_path\` (\`unitPath\`), UNIQUE INDEX \`uq_project_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`reallocation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`fromUnitId\` int NOT NULL, \`fromUnitPath\` varchar(100) NOT NULL, \`fromProjectId\` int NOT NULL DEFAULT '0', \`toUnitId\` int NOT NULL, \`toProjectId\` int NOT NULL DEFAULT '0', \`source\` varchar(16) NOT NULL, \`capitalType\` varchar(16) NOT NULL DEFAULT '', \`capitalYear\` int NOT NULL, \`amount\` bigint NOT NULL, \`reason\` varchar(1000) NOT NULL, \`status\` varchar(16) NOT NULL, \`reportedOn\` date NULL, \`doneOn\` date NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_reallocation_year\` (\`capitalYear\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`support_norm\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`key\` varchar(60) NOT NULL, \`basis\` varchar(16) NOT NULL, \`level\` varchar(16) NOT NULL, \`unitLevel\` varchar(16) NOT NULL, \`amount\` bigint NOT NULL, \`perYear\` tinyint NOT NULL DEFAULT 0, \`sourceList\` varchar(100) NOT NULL, \`capitalType\` varchar(16) NULL, \`description\` varchar(500) NOT NULL, \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_support_norm\` (\`planId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`reallocationCheckDay\` varchar(5) NOT NULL DEFAULT '06-30'`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`reallocationReportFrom\` varchar(5) NOT NULL DEFAULT '10-01'`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`reallocationReportBy\` varchar(5) NOT NULL DEFAULT '10-10'`);
    await queryRunner.query(`ALTER TABLE \`plan\` ADD \`reallocationDoneBy\` varchar(5) NOT NULL DEFAULT '11-15'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`reallocationDoneBy\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`reallocationReportBy\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`reallocationReportFrom\``);
    await queryRunner.query(`ALTER TABLE \`plan\` DROP COLUMN \`reallocationCheckDay\``);
    await queryRunner.query(`DROP INDEX \`uq_support_norm\` ON \`support_norm\``);
    await queryRunner.query(`DROP TABLE \`support_norm\``);
    await queryRunner.query(`DROP INDEX \`ix_reallocation_year\` ON \`reallocation\``);
    await queryRunner.query(`DROP TABLE \`reallocation\``);
    await queryRunner.query(`DROP INDEX \`uq_project_code\` ON \`project\``);
    await queryRunner.query(`DROP INDEX \`ix_project_path\` ON \`project\``);
    await queryRunner.query(`DROP TABLE \`project\``);
    await queryRunner.query(`DROP INDEX \`ix_disbursement_project\` ON \`disbursement\``);
    await queryRunner.query(`DROP INDEX \`ix_disbursement_path\` ON \`disbursement\``);
    await queryRunner.query(`DROP TABLE \`disbursement\``);
    await queryRunner.query(`DROP INDEX \`ix_checkpoint_plan\` ON \`checkpoint\``);
    await queryRunner.query(`DROP TABLE \`checkpoint\``);
    await queryRunner.query(`DROP INDEX \`uq_allocation\` ON \`allocation\``);
    await queryRunner.query(`DROP INDEX \`ix_allocation_year_source\` ON \`allocation\``);
    await queryRunner.query(`DROP INDEX \`ix_allocation_path\` ON \`allocation\``);
    await queryRunner.query(`DROP INDEX \`ix_allocation_project\` ON \`allocation\``);
    await queryRunner.query(`DROP TABLE \`allocation\``);
  }
}
