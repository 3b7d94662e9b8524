import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kinds of works and items the programme pays for. */
export enum ProjectKind {
  TRANSPORT = 'TRANSPORT',
  IRRIGATION = 'IRRIGATION',
  ELECTRICITY = 'ELECTRICITY',
  SCHOOL = 'SCHOOL',
  CULTURE_HOUSE = 'CULTURE_HOUSE',
  MARKET = 'MARKET',
  WATER = 'WATER',
  HEALTH = 'HEALTH',
  ENVIRONMENT = 'ENVIRONMENT',
  PRODUCTION = 'PRODUCTION',
  MODEL = 'MODEL',
  RECURRENT = 'RECURRENT',
  OTHER = 'OTHER',
}

/** A project (công trình, dự án) or recurrent item of a unit, with the dates of its life. */
@Entity('project')
@Index('uq_project_code', ['code'], { unique: true })
@Index('ix_project_path', ['unitPath'])
export class Project {
  @PrimaryGeneratedColumn()
  id: number;

  /** The code the capital plan gives it (mã dự án). */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitPath: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ProjectKind;

  /** The plan target it serves, if any. */
  @Column({ type: 'int', nullable: true })
  targetId: number | null;

  @Column({ type: 'date', nullable: true })
  capitalAllocatedOn: string | null;

  @Column({ type: 'date', nullable: true })
  contractorChosenOn: string | null;

  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'date', nullable: true })
  acceptedOn: string | null;

  @Column({ type: 'date', nullable: true })
  settlementApprovedOn: string | null;

  /** The Treasury stopped payments (nothing paid by 30/06, or by decision). */
  @Column({ type: 'date', nullable: true })
  stoppedOn: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
