import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1795918429697 implements MigrationInterface {
  name = 'Indicators1795918429697';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`good_model\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(300) NOT NULL, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`field\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`replicatedFromId\` int NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_good_model_year\` (\`year\`), INDEX \`ix_good_model_path\` (\`unitPath\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`indicator_value\` (\`id\` int NOT NULL AUTO_INCREMENT, \`indicatorId\` int NOT NULL, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`year\` int NOT NULL, \`month\` int NOT NULL DEFAULT '0', \`value\` double NOT NULL, \`note\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_indicator_value_path\` (\`unitPath\`), INDEX \`ix_indicator_value_year\` (\`year\`, \`indicatorId\`), UNIQUE INDEX \`uq_indicator_value\` (\`indicatorId\`, \`unitId\`, \`year\`, \`month\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`indicator\` (\`id\` int NOT NULL AUTO_INCREMENT, \`key\` varchar(60) NOT NULL, \`name\` varchar(300) NOT NULL, \`nameEn\` varchar(300) NOT NULL, \`unit\` varchar(16) NOT NULL, \`direction\` varchar(20) NOT NULL, \`level\` varchar(16) NOT NULL, \`rollUp\` varchar(16) NOT NULL, \`weightKey\` varchar(60) NULL, \`targetKind\` varchar(20) NULL, \`targetValue\` double NULL, \`targetValueMax\` double NULL, \`baselineYear\` int NULL, \`targetYear\` int NULL, \`derived\` varchar(30) NULL, \`section\` varchar(20) NULL, \`description\` varchar(1000) NOT NULL, \`sortOrder\` int NOT NULL DEFAULT '0', \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_indicator_key\` (\`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`ocop_product\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(300) NOT NULL, \`producer\` varchar(300) NOT NULL, \`unitId\` int NOT NULL, \`unitPath\` varchar(100) NOT NULL, \`category\` varchar(100) NOT NULL, \`stars\` int NOT NULL, \`yearRated\` int NOT NULL, \`isNew\` tinyint NOT NULL DEFAULT 1, \`flagship\` tinyint NOT NULL DEFAULT 0, \`version\` int NOT NULL DEFAULT '1', INDEX \`ix_ocop_year\` (\`yearRated\`), INDEX \`ix_ocop_path\` (\`unitPath\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_ocop_path\` ON \`ocop_product\``);
    await queryRunner.query(`DROP INDEX \`ix_ocop_year\` ON \`ocop_product\``);
    await queryRunner.query(`DROP TABLE \`ocop_product\``);
    await queryRunner.query(`DROP INDEX \`uq_indicator_key\` ON \`indicator\``);
    await queryRunner.query(`DROP TABLE \`indicator\``);
    await queryRunner.query(`DROP INDEX \`uq_indicator_value\` ON \`indicator_value\``);
    await queryRunner.query(`DROP INDEX \`ix_indicator_value_year\` ON \`indicator_value\``);
    await queryRunner.query(`DROP INDEX \`ix_indicator_value_path\` ON \`indicator_value\``);
    await queryRunner.query(`DROP TABLE \`indicator_value\``);
    await queryRunner.query(`DROP INDEX \`ix_good_model_path\` ON \`good_model\``);
    await queryRunner.query(`DROP INDEX \`ix_good_model_year\` ON \`good_model\``);
    await queryRunner.query(`DROP TABLE \`good_model\``);
  }
}
