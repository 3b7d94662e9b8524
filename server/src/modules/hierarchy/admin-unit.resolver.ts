import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AdminUnit } from './admin-unit.entity';
import { AdminUnitBatch } from './admin-unit.batch';
import {
  AdminUnitBatchResult,
  AdminUnitInput,
  AdminUnitRowInput,
  AdminUnitsArgs,
  CreateVillageInput,
} from './admin-unit.inputs';
import { HierarchyService } from './hierarchy.service';

export const AdminUnitConnection = connectionType(AdminUnit, 'AdminUnit');
type AdminUnitConnection = InstanceType<typeof AdminUnitConnection>;

/** What a list of children may hold, for the cost of an operation (a commune's villages). */
const CHILDREN_COST = 30;

@Resolver(() => AdminUnit)
export class AdminUnitResolver {
  constructor(
    private readonly hierarchy: HierarchyService,
    private readonly batch: AdminUnitBatch,
  ) {}

  @Access('signedIn')
  @Query(() => AdminUnit, {
    nullable: true,
    description: 'One unit by its code, or null; FORBIDDEN outside your units',
  })
  adminUnit(
    @Arg('code') code: string,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day whose hierarchy answers (default today): null when the unit did not exist then',
    })
    asOf?: string,
  ): Promise<AdminUnit | null> {
    return asOf ? this.hierarchy.findOn(ctx, code, asOf) : this.hierarchy.findOne(ctx, code);
  }

  @Access('signedIn')
  @Query(() => AdminUnitConnection, {
    description: 'Units by level, parent and name, ordered by code, within your units',
  })
  async adminUnits(@Args() args: AdminUnitsArgs, @Ctx() ctx: RequestContext): Promise<AdminUnitConnection> {
    return AdminUnitConnection.from(await this.hierarchy.list(ctx, args));
  }

  @Access('signedIn')
  @Mutation(() => AdminUnit, { description: 'Edits a unit; fails with CONFLICT when `version` is not the current one' })
  updateAdminUnit(
    @Arg('code') code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: AdminUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit> {
    return this.hierarchy.update(ctx, code, version, input);
  }

  @Access('signedIn')
  @Mutation(() => AdminUnit, { description: 'Adds a village (thôn, tổ dân phố) to a commune-level unit' })
  createVillage(@Arg('input') input: CreateVillageInput, @Ctx() ctx: RequestContext): Promise<AdminUnit> {
    return this.hierarchy.createVillage(ctx, input);
  }

  @Access('signedIn')
  @Mutation(() => AdminUnitBatchResult, {
    description:
      'Saves many edited units and new villages at once, all or nothing: when any row is refused, nothing is written and the error lists every refused row in extensions.rows',
  })
  async saveAdminUnits(
    @Arg('rows', () => [AdminUnitRowInput]) rows: AdminUnitRowInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnitBatchResult> {
    const result = await this.batch.save(ctx, rows, { requireVersion: true });
    ctx.loaders.prime(result.units);
    return { ...result, changed: result.created + result.updated };
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  parent(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return this.hierarchy.parentOf(ctx, unit);
  }

  @FieldResolver(() => [AdminUnit], {
    description: 'Units directly below, by code: existing today, or on the day the unit was asked for',
    complexity: ({ childComplexity }) => 1 + CHILDREN_COST * childComplexity,
  })
  async children(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<AdminUnit[]> {
    return this.hierarchy.childrenOf(ctx, unit);
  }

  @FieldResolver(() => AdminUnit, {
    nullable: true,
    description: 'The unit that carries this one since it ended (merged, split, dissolved)',
  })
  successor(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return unit.successorId === null ? null : ctx.loaders.unitById.load(unit.successorId);
  }

  @FieldResolver(() => Int, { description: 'How many units you can see directly below, today or on the day asked for' })
  childCount(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<number> {
    return this.hierarchy.visibleChildCount(ctx, unit);
  }

  @FieldResolver(() => Boolean, { description: 'You may change it now: within your units, and this year not approved' })
  editable(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.hierarchy.editable(ctx, unit);
  }

  @FieldResolver(() => [AdminUnit], {
    description: 'Units above, from the province down',
    complexity: ({ childComplexity }) => 1 + 4 * childComplexity,
  })
  async ancestors(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<AdminUnit[]> {
    return this.hierarchy.ancestorsOf(ctx, unit);
  }
}
