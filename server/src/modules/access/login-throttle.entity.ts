import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per username and per address, and wrong current passwords per account, in the
 * database so that every API process counts the same attempts.
 */
@Entity('login_throttle')
export class LoginThrottle {
  /** "user:<username>", "address:<ip>", or "password:<username>" (changing a password). */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  throttleKey: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'varchar', length: 24 })
  windowStart: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  lockedUntil: string | null;
}
