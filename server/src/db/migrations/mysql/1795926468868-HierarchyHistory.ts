import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HierarchyHistory1795926468868 implements MigrationInterface {
  name = 'HierarchyHistory1795926468868';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`hierarchy_change_item\` (\`id\` int NOT NULL AUTO_INCREMENT, \`changeId\` int NOT NULL, \`seq\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`level\` varchar(16) NOT NULL, \`code\` varchar(16) NOT NULL, \`oldName\` varchar(150) NULL, \`name\` varchar(150) NULL, \`type\` varchar(24) NULL, \`oldParentCode\` varchar(16) NULL, \`parentCode\` varchar(16) NULL, \`successorCode\` varchar(16) NULL, INDEX \`ix_hierarchy_change_item_code\` (\`code\`), INDEX \`ix_hierarchy_change_item_change\` (\`changeId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`hierarchy_change\` (\`id\` int NOT NULL AUTO_INCREMENT, \`decision\` varchar(300) NOT NULL, \`effectiveOn\` date NOT NULL, \`status\` varchar(16) NOT NULL, \`appliedAt\` varchar(24) NOT NULL, \`appliedBy\` varchar(64) NOT NULL, \`revertedAt\` varchar(24) NULL, \`revertedBy\` varchar(64) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_hierarchy_change_effective\` (\`effectiveOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`hierarchy_change_undo\` (\`id\` int NOT NULL AUTO_INCREMENT, \`changeId\` int NOT NULL, \`seq\` int NOT NULL, \`entity\` varchar(40) NOT NULL, \`recordId\` int NOT NULL, \`before\` text NULL, INDEX \`ix_hierarchy_change_undo_change\` (\`changeId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`admin_unit_history\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`validFrom\` date NULL, \`validTo\` date NOT NULL, \`name\` varchar(150) NOT NULL, \`shortName\` varchar(150) NOT NULL, \`searchName\` varchar(150) NOT NULL, \`type\` varchar(24) NOT NULL, \`level\` varchar(16) NOT NULL, \`parentId\` int NULL, \`changeId\` int NOT NULL, INDEX \`ix_admin_unit_history_parent\` (\`parentId\`), INDEX \`ix_admin_unit_history_unit\` (\`unitId\`, \`validTo\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`admin_unit\` ADD \`currentFrom\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`admin_unit\` ADD \`successorId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`target\` ADD \`validFrom\` date NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`target\` DROP COLUMN \`validFrom\``);
    await queryRunner.query(`ALTER TABLE \`admin_unit\` DROP COLUMN \`successorId\``);
    await queryRunner.query(`ALTER TABLE \`admin_unit\` DROP COLUMN \`currentFrom\``);
    await queryRunner.query(`DROP INDEX \`ix_admin_unit_history_unit\` ON \`admin_unit_history\``);
    await queryRunner.query(`DROP INDEX \`ix_admin_unit_history_parent\` ON \`admin_unit_history\``);
    await queryRunner.query(`DROP TABLE \`admin_unit_history\``);
    await queryRunner.query(`DROP INDEX \`ix_hierarchy_change_undo_change\` ON \`hierarchy_change_undo\``);
    await queryRunner.query(`DROP TABLE \`hierarchy_change_undo\``);
    await queryRunner.query(`DROP INDEX \`ix_hierarchy_change_effective\` ON \`hierarchy_change\``);
    await queryRunner.query(`DROP TABLE \`hierarchy_change\``);
    await queryRunner.query(`DROP INDEX \`ix_hierarchy_change_item_change\` ON \`hierarchy_change_item\``);
    await queryRunner.query(`DROP INDEX \`ix_hierarchy_change_item_code\` ON \`hierarchy_change_item\``);
    await queryRunner.query(`DROP TABLE \`hierarchy_change_item\``);
  }
}
