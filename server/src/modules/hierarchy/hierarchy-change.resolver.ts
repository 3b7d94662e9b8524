import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AdminLevel, Role } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChange, HierarchyChangeItem } from './hierarchy-change.entity';
import { HierarchyChangeService } from './hierarchy-change.service';
import {
  CatalogueDiff,
  HierarchyChangeInput,
  HierarchyChangeResult,
  HierarchyEffect,
  UnitHistoryView,
  UnitState,
} from './hierarchy-change.types';

@Resolver(() => HierarchyChange)
export class HierarchyChangeResolver {
  constructor(private readonly changes: HierarchyChangeService) {}

  @Access([Role.ADMIN])
  @Query(() => CatalogueDiff, {
    description:
      "A GSO catalogue file (JSON, the dvhcvn layout) compared with today's units: the changes it proposes. Nothing is written.",
  })
  async catalogueDiff(@Arg('catalogue') catalogue: string, @Ctx() ctx: RequestContext): Promise<CatalogueDiff> {
    const { date, changes, counts } = await this.changes.catalogueDiff(ctx, catalogue);
    return {
      date,
      changes,
      provinces: counts[AdminLevel.PROVINCE],
      districts: counts[AdminLevel.DISTRICT],
      communes: counts[AdminLevel.COMMUNE],
      needsSuccessor: changes.filter((c) => c.successorCode === null && c.reason === null && c.kind === 'MERGE').length,
    };
  }

  @Access([Role.ADMIN])
  @Query(() => [HierarchyEffect], {
    description: 'Dry run: everything applying the change would do, item by item; nothing is written',
  })
  previewHierarchyChange(
    @Arg('input') input: HierarchyChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HierarchyEffect[]> {
    return this.changes.preview(ctx, input);
  }

  @Access([Role.ADMIN])
  @Mutation(() => HierarchyChangeResult, {
    description: 'Applies a change atomically: all items or, when any is refused, none (extensions.rows lists them)',
  })
  async applyHierarchyChange(
    @Arg('input') input: HierarchyChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HierarchyChangeResult> {
    const { change, effects } = await this.changes.apply(ctx, input);
    return { change, effects, changed: input.items.length };
  }

  @Access([Role.ADMIN])
  @Mutation(() => HierarchyChange, {
    description:
      'Reverts the latest applied change, while nothing was recorded against its units since; CONFLICT when `version` is stale',
  })
  revertHierarchyChange(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<HierarchyChange> {
    return this.changes.revert(ctx, Number(id), version);
  }

  @Access('signedIn')
  @Query(() => [HierarchyChange], { description: 'Changes of the hierarchy, newest first' })
  hierarchyChanges(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<HierarchyChange[]> {
    return this.changes.list(ctx, Math.max(1, Math.min(first, 500)));
  }

  @Access('signedIn')
  @Query(() => UnitHistoryView, {
    nullable: true,
    description: "A unit's history: names and parents over time, predecessors and successor with dates",
  })
  unitHistory(@Arg('code') code: string, @Ctx() ctx: RequestContext) {
    return this.changes.history(ctx, code);
  }

  @FieldResolver(() => [HierarchyChangeItem])
  items(@Root() change: HierarchyChange): Promise<HierarchyChangeItem[]> {
    return this.changes.itemsOf(change.id);
  }
}

@Resolver(() => UnitState)
export class UnitStateResolver {
  @FieldResolver(() => AdminUnit, { nullable: true })
  parent(@Root() state: UnitState, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return state.parentId === null ? null : ctx.loaders.unitById.load(state.parentId);
  }
}
