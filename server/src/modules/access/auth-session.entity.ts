import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in session, kept in the database so that any API process can refresh, check or end it.
 * Only the refresh token's SHA-256 is stored.
 */
@Entity('auth_session')
@Index('uq_auth_session_token', ['tokenHash'], { unique: true })
@Index('ix_auth_session_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ type: 'varchar', length: 24 })
  expiresAt: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  revokedAt: string | null;
}
