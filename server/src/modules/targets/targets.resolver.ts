import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DossierStatus, dossierStatusOn, todayInVietnam } from '@ntm/shared';
import { connectionType } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { DateScalar } from '../../common/scalars';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { DossierService } from './dossier.service';
import { RecognitionService } from './recognition.service';
import { TargetReadService } from './target-read.service';
import { TargetService } from './target.service';
import {
  DossierRowInput,
  DossiersArgs,
  RecognitionBatchResult,
  RecognitionRowInput,
  RecognitionView,
  RecognitionsArgs,
  TargetBatchResult,
  TargetRowInput,
  TargetView,
  TargetsArgs,
} from './targets.types';

export const TargetConnection = connectionType(TargetView, 'Target');
type TargetConnection = InstanceType<typeof TargetConnection>;
export const RecognitionConnection = connectionType(RecognitionView, 'Recognition');
type RecognitionConnection = InstanceType<typeof RecognitionConnection>;

@Resolver(() => TargetView)
export class TargetResolver {
  constructor(
    private readonly reads: TargetReadService,
    private readonly targetWrites: TargetService,
    private readonly dossierWrites: DossierService,
  ) {}

  @Access('signedIn')
  @Query(() => TargetConnection, {
    description: 'Targets of the plan in your units, by level, year and unit (default: of communes)',
  })
  async targets(@Args() args: TargetsArgs, @Ctx() ctx: RequestContext): Promise<TargetConnection> {
    return TargetConnection.from(await this.reads.list(ctx, args));
  }

  @Access('signedIn')
  @Query(() => TargetConnection, {
    description: 'Targets with their recognition dossiers, optionally only those standing at a status on a date',
  })
  async dossiers(@Args() args: DossiersArgs, @Ctx() ctx: RequestContext): Promise<TargetConnection> {
    return TargetConnection.from(await this.reads.dossiers(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => TargetBatchResult, {
    description: 'Adds, changes or removes targets, all or nothing (refused rows in extensions.rows)',
  })
  async saveTargets(
    @Arg('rows', () => [TargetRowInput]) rows: TargetRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<TargetBatchResult> {
    return this.targetWrites.save(ctx, rows);
  }

  @Access('signedIn')
  @Mutation(() => [TargetView], {
    description:
      "Records dossier steps and residents' satisfaction, all or nothing; each step is the level's that takes it (commune sends, district forwards, province decides)",
  })
  saveDossiers(
    @Arg('rows', () => [DossierRowInput]) rows: DossierRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<TargetView[]> {
    return this.dossierWrites.saveDossiers(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() t: TargetView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(t.unitId))!;
  }

  @FieldResolver(() => DossierStatus, { description: 'Where its dossier stands on a date (default today)' })
  dossierStatus(
    @Root() t: TargetView,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): DossierStatus {
    return dossierStatusOn(t.steps, asOf ?? todayInVietnam());
  }
}

@Resolver(() => RecognitionView)
export class RecognitionResolver {
  constructor(
    private readonly reads: TargetReadService,
    private readonly recognitionWrites: RecognitionService,
  ) {}

  @Access('signedIn')
  @Query(() => RecognitionConnection, { description: 'Recognitions of units in your units' })
  async recognitions(@Args() args: RecognitionsArgs, @Ctx() ctx: RequestContext): Promise<RecognitionConnection> {
    return RecognitionConnection.from(await this.reads.recognitions(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => RecognitionBatchResult, {
    description:
      'Records recognitions, their lapse or withdrawal, all or nothing. Model villages are recognised by the district, the rest by the province',
  })
  saveRecognitions(
    @Arg('rows', () => [RecognitionRowInput]) rows: RecognitionRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<RecognitionBatchResult> {
    return this.recognitionWrites.saveRecognitions(ctx, rows);
  }

  @FieldResolver(() => AdminUnit)
  async unit(@Root() r: RecognitionView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(r.unitId))!;
  }
}
