import { DateScalar } from '../../common/scalars';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Indicator } from './indicator.entity';
import { GoodModelService } from './good-model.service';
import { IndicatorService } from './indicators.service';
import { OcopService } from './ocop.service';
import {
  GoodModelView,
  IndicatorMatrix,
  IndicatorMatrixArgs,
  IndicatorProgressItem,
  IndicatorValueBatchResult,
  IndicatorValueInput,
  IndicatorValueView,
  ModelArgs,
  ModelBatchResult,
  ModelCoverage,
  ModelRowInput,
  OcopArgs,
  OcopBatchResult,
  OcopProductView,
  OcopRowInput,
  OcopSummary,
} from './indicators.types';

export const OcopConnection = connectionType(OcopProductView, 'OcopProduct');
type OcopConnection = InstanceType<typeof OcopConnection>;
export const ModelConnection = connectionType(GoodModelView, 'GoodModel');
type ModelConnection = InstanceType<typeof ModelConnection>;

/** Rolling a province's indicators up reads all its figures: a cost that keeps it to a few. */
const PROGRESS_COST = 300;

@Resolver(() => Indicator)
export class IndicatorResolver {
  constructor(
    private readonly service: IndicatorService,
    private readonly ocop: OcopService,
    private readonly goodModels: GoodModelService,
  ) {}

  @Access('signedIn')
  @Query(() => [Indicator], { description: "The indicators of the plan's section II.7, with their targets" })
  indicators(): Promise<Indicator[]> {
    return this.service.list();
  }

  @Access('signedIn')
  @Query(() => [IndicatorValueView], { description: "A unit's own figures of an indicator" })
  indicatorValues(
    @Arg('key') key: string,
    @Arg('unitCode') unitCode: string,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<IndicatorValueView[]> {
    return this.service.values(ctx, key, unitCode, year);
  }

  @Access('signedIn')
  @Query(() => IndicatorMatrix, { description: 'The units below a unit × the indicators they report, for a year' })
  indicatorMatrix(@Args() args: IndicatorMatrixArgs, @Ctx() ctx: RequestContext): Promise<IndicatorMatrix> {
    return this.service.matrix(ctx, args.parentCode, args.year, args.asOf);
  }

  @Access('signedIn')
  @Mutation(() => IndicatorValueBatchResult, { description: 'Saves figures, all or nothing; a null value removes one' })
  saveIndicatorValues(
    @Arg('rows', () => [IndicatorValueInput]) rows: IndicatorValueInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorValueBatchResult> {
    return this.service.saveValues(ctx, rows);
  }

  @Access('signedIn')
  @Query(() => [IndicatorProgressItem], {
    description:
      'Each indicator of a unit (default: the province) in a year against its target, rolled up where the unit has no figure',
    complexity: PROGRESS_COST,
  })
  indicatorProgress(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', { nullable: true }) unitCode?: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day whose hierarchy rolls the figures up (default today)',
    })
    asOf?: string,
  ): Promise<IndicatorProgressItem[]> {
    return this.service.progress(ctx, year, unitCode, asOf);
  }

  @Access('signedIn')
  @Query(() => OcopConnection, { description: 'OCOP products in your units' })
  async ocopProducts(@Args() args: OcopArgs, @Ctx() ctx: RequestContext): Promise<OcopConnection> {
    return OcopConnection.from(await this.ocop.ocopProducts(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => OcopBatchResult, { description: 'Adds, changes or removes OCOP products, all or nothing' })
  saveOcopProducts(
    @Arg('rows', () => [OcopRowInput]) rows: OcopRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<OcopBatchResult> {
    return this.ocop.saveOcop(ctx, rows);
  }

  @Access('signedIn')
  @Query(() => OcopSummary, {
    description: 'OCOP totals by the end of a year: by stars, new and upgraded, flagships',
    complexity: PROGRESS_COST,
  })
  ocopSummary(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', { nullable: true }) unitCode?: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day whose hierarchy counts the products (default today)',
    })
    asOf?: string,
  ): Promise<OcopSummary> {
    return this.ocop.ocopSummary(ctx, year, unitCode, asOf);
  }

  @Access('signedIn')
  @Query(() => ModelConnection, { description: 'Good-practice models in your units' })
  async models(@Args() args: ModelArgs, @Ctx() ctx: RequestContext): Promise<ModelConnection> {
    return ModelConnection.from(await this.goodModels.models(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => ModelBatchResult, { description: 'Adds, changes or removes models, all or nothing' })
  saveModels(
    @Arg('rows', () => [ModelRowInput]) rows: ModelRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ModelBatchResult> {
    return this.goodModels.saveModels(ctx, rows);
  }

  @Access('signedIn')
  @Query(() => ModelCoverage, {
    description: 'Communes under 10 models, districts under 50, districts without a rural-tourism model',
    complexity: PROGRESS_COST,
  })
  modelCoverage(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day whose hierarchy counts the models (default today)',
    })
    asOf?: string,
  ): Promise<ModelCoverage> {
    return this.goodModels.modelCoverage(ctx, year, asOf);
  }
}

@Resolver(() => OcopProductView)
export class OcopProductResolver {
  @FieldResolver(() => AdminUnit)
  async unit(@Root() p: OcopProductView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(p.unitId))!;
  }
}

@Resolver(() => GoodModelView)
export class GoodModelResolver {
  @FieldResolver(() => AdminUnit)
  async unit(@Root() m: GoodModelView, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return (await ctx.loaders.unitById.load(m.unitId))!;
  }
}
