import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795910461419 implements MigrationInterface {
  name = 'Init1795910461419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`admin_unit\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(16) NOT NULL, \`name\` varchar(150) NOT NULL, \`shortName\` varchar(150) NOT NULL, \`searchName\` varchar(150) NOT NULL, \`type\` varchar(24) NOT NULL, \`level\` varchar(16) NOT NULL, \`parentId\` int NULL, \`path\` varchar(100) NOT NULL, \`mountainous\` tinyint NOT NULL DEFAULT 0, \`validFrom\` date NULL, \`validTo\` date NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_admin_unit_path\` (\`path\`), INDEX \`ix_admin_unit_parent_code\` (\`parentId\`, \`code\`), INDEX \`ix_admin_unit_level_code\` (\`level\`, \`code\`), UNIQUE INDEX \`uq_admin_unit_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` varchar(24) NOT NULL, \`requestId\` varchar(64) NOT NULL, \`actor\` varchar(64) NULL, \`action\` varchar(8) NOT NULL, \`entity\` varchar(64) NOT NULL, \`entityKey\` varchar(64) NOT NULL, \`field\` varchar(64) NULL, \`oldValue\` text NULL, \`newValue\` text NULL, INDEX \`ix_audit_entry_at\` (\`at\`), INDEX \`ix_audit_entry_entity_key\` (\`entity\`, \`entityKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_audit_entry_entity_key\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_entry_at\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`uq_admin_unit_code\` ON \`admin_unit\``);
    await queryRunner.query(`DROP INDEX \`ix_admin_unit_level_code\` ON \`admin_unit\``);
    await queryRunner.query(`DROP INDEX \`ix_admin_unit_parent_code\` ON \`admin_unit\``);
    await queryRunner.query(`DROP INDEX \`ix_admin_unit_path\` ON \`admin_unit\``);
    await queryRunner.query(`DROP TABLE \`admin_unit\``);
  }
}
