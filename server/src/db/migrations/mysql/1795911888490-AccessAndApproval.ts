import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessAndApproval1795911888490 implements MigrationInterface {
  name = 'AccessAndApproval1795911888490';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`auth_session\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`createdAt\` varchar(24) NOT NULL, \`expiresAt\` varchar(24) NOT NULL, \`revokedAt\` varchar(24) NULL, INDEX \`ix_auth_session_user\` (\`userId\`), UNIQUE INDEX \`uq_auth_session_token\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`login_throttle\` (\`throttleKey\` varchar(120) NOT NULL, \`failures\` int NOT NULL DEFAULT '0', \`windowStart\` varchar(24) NOT NULL, \`lockedUntil\` varchar(24) NULL, PRIMARY KEY (\`throttleKey\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`role_assignment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`role\` varchar(16) NOT NULL, \`unitId\` int NULL, INDEX \`ix_role_assignment_unit\` (\`unitId\`), INDEX \`ix_role_assignment_user\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`app_setting\` (\`key\` varchar(64) NOT NULL, \`value\` text NOT NULL, PRIMARY KEY (\`key\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`app_user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(150) NOT NULL, \`passwordHash\` varchar(100) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` varchar(24) NOT NULL, UNIQUE INDEX \`uq_app_user_username\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`unit_submission\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`year\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`submittedBy\` varchar(64) NULL, \`submittedAt\` varchar(24) NULL, \`decidedBy\` varchar(64) NULL, \`decidedAt\` varchar(24) NULL, \`note\` text NULL, INDEX \`ix_unit_submission_year_status\` (\`year\`, \`status\`), UNIQUE INDEX \`uq_unit_submission_unit_year\` (\`unitId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` ADD \`unitPath\` varchar(100) NULL`);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` DROP COLUMN \`action\``);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` ADD \`action\` varchar(16) NOT NULL`);
    await queryRunner.query(`CREATE INDEX \`ix_audit_entry_unit_path\` ON \`audit_entry\` (\`unitPath\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_audit_entry_unit_path\` ON \`audit_entry\``);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` DROP COLUMN \`action\``);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` ADD \`action\` varchar(8) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`audit_entry\` DROP COLUMN \`unitPath\``);
    await queryRunner.query(`DROP INDEX \`uq_unit_submission_unit_year\` ON \`unit_submission\``);
    await queryRunner.query(`DROP INDEX \`ix_unit_submission_year_status\` ON \`unit_submission\``);
    await queryRunner.query(`DROP TABLE \`unit_submission\``);
    await queryRunner.query(`DROP INDEX \`uq_app_user_username\` ON \`app_user\``);
    await queryRunner.query(`DROP TABLE \`app_user\``);
    await queryRunner.query(`DROP TABLE \`app_setting\``);
    await queryRunner.query(`DROP INDEX \`ix_role_assignment_user\` ON \`role_assignment\``);
    await queryRunner.query(`DROP INDEX \`ix_role_assignment_unit\` ON \`role_assignment\``);
    await queryRunner.query(`DROP TABLE \`role_assignment\``);
    await queryRunner.query(`DROP TABLE \`login_throttle\``);
    await queryRunner.query(`DROP INDEX \`uq_auth_session_token\` ON \`auth_session\``);
    await queryRunner.query(`DROP INDEX \`ix_auth_session_user\` ON \`auth_session\``);
    await queryRunner.query(`DROP TABLE \`auth_session\``);
  }
}
