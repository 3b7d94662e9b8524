import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, HierarchyChangeKind, SuccessorReason, UnitType } from '@ntm/shared';
import { MoneyScalar } from '../../common/money';
import { DateScalar } from '../../common/scalars';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChange, HierarchyChangeItem } from './hierarchy-change.entity';
import { EffectAction } from './hierarchy-change.run';

registerEnumType(EffectAction, {
  name: 'HierarchyEffectAction',
  description: 'What applying a change does to a unit or to its records',
});
registerEnumType(SuccessorReason, {
  name: 'SuccessorReason',
  description: 'Why the catalogue makes a successor evident',
});

/** Most units a change may name: a national reform. */
const MAX_ITEMS = 20_000;

@InputType({ description: "One unit's part in a change" })
export class HierarchyChangeItemInput {
  @Field(() => HierarchyChangeKind)
  kind: HierarchyChangeKind;

  @Field({ description: 'The unit changed; for CREATE, the new code' })
  @MaxLength(16)
  code: string;

  @Field(() => String, { nullable: true, description: 'Full name after CREATE or RENAME' })
  @IsOptional()
  @MaxLength(150)
  name?: string | null;

  @Field(() => UnitType, { nullable: true, description: 'Type after CREATE or RENAME' })
  @IsOptional()
  type?: UnitType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The parent after CREATE or MOVE; for an ended unit, where its children go (default: the successor of the same level, else its parent)',
  })
  @IsOptional()
  @MaxLength(16)
  parentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'MERGE, SPLIT: the unit that carries it (required); DISSOLVE: default its parent',
  })
  @IsOptional()
  @MaxLength(16)
  successorCode?: string | null;
}

@InputType({ description: 'A dated decision changing the hierarchy' })
export class HierarchyChangeInput {
  @Field(() => DateScalar)
  effectiveOn: string;

  @Field({ description: 'The decision that ordered it' })
  @MaxLength(300)
  decision: string;

  @Field(() => [HierarchyChangeItemInput])
  @ArrayMaxSize(MAX_ITEMS)
  items: HierarchyChangeItemInput[];
}

@ObjectType({ description: 'One thing applying a change does' })
export class HierarchyEffect {
  @Field(() => EffectAction) action: EffectAction;
  @Field() unitCode: string;
  @Field(() => String, { nullable: true, description: 'The parent moved to, the successor carrying' }) toCode:
    string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Table of the records (RECORDS_*), "LEVEL year" of a target (TARGET_*), the kind (UNIT_ENDED), the new name (UNIT_RENAMED)',
  })
  entity: string | null;
  @Field(() => Int) count: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Allocations carried, whole đồng' }) amount: string | null;
}

@ObjectType()
export class HierarchyChangeResult {
  @Field(() => HierarchyChange) change: HierarchyChange;
  @Field(() => [HierarchyEffect]) effects: HierarchyEffect[];
  @Field(() => Int, { description: 'Items applied' }) changed: number;
}

@ObjectType({
  description: 'A change the catalogue proposes; review it, choose missing successors, then preview and apply',
})
export class ProposedChange {
  @Field(() => HierarchyChangeKind) kind: HierarchyChangeKind;
  @Field(() => AdminLevel) level: AdminLevel;
  @Field() code: string;
  @Field(() => String, { nullable: true }) oldName: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => UnitType, { nullable: true }) type: UnitType | null;
  @Field(() => String, { nullable: true }) oldParentCode: string | null;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Proposed only where the catalogue makes it evident; null: the user must choose',
  })
  successorCode: string | null;
  @Field(() => SuccessorReason, { nullable: true }) reason: SuccessorReason | null;
  @Field(() => [String], { description: 'Units the user may choose as successor, the same parent first' })
  candidates: string[];
}

@ObjectType()
export class CatalogueDiff {
  @Field(() => DateScalar, { nullable: true, description: 'The day the catalogue describes, when it says' }) date:
    string | null;
  @Field(() => [ProposedChange]) changes: ProposedChange[];
  @Field(() => Int, { description: 'Units the catalogue lists, in the provinces held' }) provinces: number;
  @Field(() => Int) districts: number;
  @Field(() => Int) communes: number;
  @Field(() => Int, { description: 'Units gone whose successor the user must choose' }) needsSuccessor: number;
}

@ObjectType({ description: "A unit's name, type and parent over a span of days" })
export class UnitState {
  @Field(() => DateScalar, { nullable: true, description: 'Null: since the records begin' }) validFrom: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day after; null: still so' }) validTo: string | null;
  @Field() name: string;
  @Field(() => UnitType) type: UnitType;
  parentId: number | null;
}

@ObjectType({ description: 'A unit that ended into another, and the day' })
export class UnitLink {
  @Field(() => AdminUnit) unit: AdminUnit;
  @Field(() => DateScalar) on: string;
}

@ObjectType()
export class UnitChange {
  @Field(() => HierarchyChange) change: HierarchyChange;
  @Field(() => HierarchyChangeItem) item: HierarchyChangeItem;
}

@ObjectType({
  description: "A unit's history: its states, the units it carries, the unit that carries it, the changes naming it",
})
export class UnitHistoryView {
  @Field(() => AdminUnit) unit: AdminUnit;
  @Field(() => [UnitState]) states: UnitState[];
  @Field(() => [UnitLink]) predecessors: UnitLink[];
  @Field(() => UnitLink, { nullable: true }) successor: UnitLink | null;
  @Field(() => [UnitChange]) changes: UnitChange[];
}
