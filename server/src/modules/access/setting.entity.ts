import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Settings every API process must share, such as the key that signs access tokens. */
@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
