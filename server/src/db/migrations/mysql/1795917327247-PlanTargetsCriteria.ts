import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanTargetsCriteria1795917327247 implements MigrationInterface {
  name = 'PlanTargetsCriteria1795917327247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`criteria_set\` (\`id\` int NOT NULL AUTO_INCREMENT, \`key\` varchar(60) NOT NULL, \`name\` varchar(300) NOT NULL, \`decision\` varchar(300) NULL, \`unitLevel\` varchar(16) NOT NULL, \`level\` varchar(16) NOT NULL, \`fromYear\` int NOT NULL, \`toYear\` int NULL, \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_criteria_set_key\` (\`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`criterion\` (\`id\` int NOT NULL AUTO_INCREMENT, \`setId\` int NOT NULL, \`code\` varchar(16) NOT NULL, \`parentCode\` varchar(16) NULL, \`name\` varchar(500) NOT NULL, \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_criterion_set_code\` (\`setId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`evaluation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`year\` int NOT NULL, \`criterionId\` int NOT NULL, \`met\` tinyint NOT NULL, \`value\` varchar(100) NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_evaluation_year_criterion\` (\`year\`, \`criterionId\`), UNIQUE INDEX \`uq_evaluation_unit_year_criterion\` (\`unitId\`, \`year\`, \`criterionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`deadline_rule\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`step\` varchar(24) NOT NULL, \`unitLevel\` varchar(16) NOT NULL, \`targetYear\` int NULL, \`kind\` varchar(16) NULL, \`levelList\` varchar(100) NOT NULL DEFAULT '', \`unitId\` int NULL, \`dueDate\` date NOT NULL, \`section\` varchar(20) NULL, \`note\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_deadline_rule_plan\` (\`planId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`plan_goal\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`key\` varchar(60) NOT NULL, \`kind\` varchar(24) NOT NULL, \`unitLevel\` varchar(16) NOT NULL, \`levelList\` varchar(100) NOT NULL, \`threshold\` int NULL, \`thresholdMax\` int NULL, \`sharePercent\` int NULL, \`denominator\` int NULL, \`mountainousOnly\` tinyint NOT NULL DEFAULT 0, \`section\` varchar(20) NULL, \`description\` varchar(500) NOT NULL, \`sortOrder\` int NOT NULL DEFAULT '0', \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_plan_goal_key\` (\`planId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`plan\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(40) NOT NULL, \`name\` varchar(300) NOT NULL, \`decision\` varchar(300) NULL, \`provinceCode\` varchar(16) NOT NULL, \`startYear\` int NOT NULL, \`endYear\` int NOT NULL, \`minSatisfactionPermille\` int NOT NULL DEFAULT '900', \`minSatisfactionNote\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_plan_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`unit_alias\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`alias\` varchar(150) NOT NULL, \`foldedAlias\` varchar(150) NOT NULL, \`source\` varchar(200) NOT NULL, UNIQUE INDEX \`uq_unit_alias\` (\`foldedAlias\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`dossier_step\` (\`id\` int NOT NULL AUTO_INCREMENT, \`targetId\` int NOT NULL, \`step\` varchar(24) NOT NULL, \`date\` date NOT NULL, \`decision\` varchar(100) NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_dossier_step\` (\`targetId\`, \`step\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`recognition\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`level\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`recognisedOn\` date NOT NULL, \`decision\` varchar(100) NULL, \`endedOn\` date NULL, \`endReason\` varchar(16) NULL, \`note\` varchar(1000) NULL, \`targetId\` int NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_recognition_path\` (\`unitPath\`), INDEX \`ix_recognition_level\` (\`level\`, \`recognisedOn\`), UNIQUE INDEX \`uq_recognition\` (\`unitId\`, \`level\`, \`recognisedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`target\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`level\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`kind\` varchar(16) NOT NULL DEFAULT 'NEW', \`section\` varchar(20) NULL, \`planName\` varchar(150) NULL, \`note\` varchar(1000) NULL, \`satisfactionPermille\` int NULL, \`dossierChangedAt\` varchar(24) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_target_path\` (\`unitPath\`), INDEX \`ix_target_level_year\` (\`level\`, \`year\`), UNIQUE INDEX \`uq_target\` (\`planId\`, \`unitId\`, \`level\`, \`year\`, \`kind\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_target\` ON \`target\``);
    await queryRunner.query(`DROP INDEX \`ix_target_level_year\` ON \`target\``);
    await queryRunner.query(`DROP INDEX \`ix_target_path\` ON \`target\``);
    await queryRunner.query(`DROP TABLE \`target\``);
    await queryRunner.query(`DROP INDEX \`uq_recognition\` ON \`recognition\``);
    await queryRunner.query(`DROP INDEX \`ix_recognition_level\` ON \`recognition\``);
    await queryRunner.query(`DROP INDEX \`ix_recognition_path\` ON \`recognition\``);
    await queryRunner.query(`DROP TABLE \`recognition\``);
    await queryRunner.query(`DROP INDEX \`uq_dossier_step\` ON \`dossier_step\``);
    await queryRunner.query(`DROP TABLE \`dossier_step\``);
    await queryRunner.query(`DROP INDEX \`uq_unit_alias\` ON \`unit_alias\``);
    await queryRunner.query(`DROP TABLE \`unit_alias\``);
    await queryRunner.query(`DROP INDEX \`uq_plan_code\` ON \`plan\``);
    await queryRunner.query(`DROP TABLE \`plan\``);
    await queryRunner.query(`DROP INDEX \`uq_plan_goal_key\` ON \`plan_goal\``);
    await queryRunner.query(`DROP TABLE \`plan_goal\``);
    await queryRunner.query(`DROP INDEX \`ix_deadline_rule_plan\` ON \`deadline_rule\``);
    await queryRunner.query(`DROP TABLE \`deadline_rule\``);
    await queryRunner.query(`DROP INDEX \`uq_evaluation_unit_year_criterion\` ON \`evaluation\``);
    await queryRunner.query(`DROP INDEX \`ix_evaluation_year_criterion\` ON \`evaluation\``);
    await queryRunner.query(`DROP TABLE \`evaluation\``);
    await queryRunner.query(`DROP INDEX \`uq_criterion_set_code\` ON \`criterion\``);
    await queryRunner.query(`DROP TABLE \`criterion\``);
    await queryRunner.query(`DROP INDEX \`uq_criteria_set_key\` ON \`criteria_set\``);
    await queryRunner.query(`DROP TABLE \`criteria_set\``);
  }
}
