import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ImportPhase } from './import-progress.entity';

/** The appendix sheets an import reads. */
export enum ImportKind {
  ADMIN_UNITS = 'ADMIN_UNITS',
}

export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'Which sheet an import reads: ADMIN_UNITS (units and new villages)',
});
registerEnumType(ImportAction, { name: 'ImportAction', description: 'What an import does with a row' });
registerEnumType(ImportPhase, { name: 'ImportPhase', description: 'Where a running import is' });

/** Base64 of an 8 MB file. */
export const MAX_FILE_BASE64 = Math.ceil((8 * 1024 * 1024) / 3) * 4;

@InputType()
export class ImportMappingInput {
  @Field(() => Int, { description: 'The sheet column, from 1' })
  column: number;

  @Field(() => String, { nullable: true, description: 'The field it holds; null: ignore the column' })
  field?: string | null;
}

@InputType()
export class ImportChoiceInput {
  @Field(() => Int, { description: 'The sheet row' })
  row: number;

  @Field({ description: 'The field whose name matched several units' })
  field: string;

  @Field({ description: 'The unit meant' })
  code: string;
}

@InputType()
export class ImportInput {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field()
  @MaxLength(255)
  fileName: string;

  @Field({ description: 'The .xlsx or .csv file, base64 (at most 8 MB)' })
  @MaxLength(MAX_FILE_BASE64)
  file: string;

  @Field({ nullable: true, description: 'Default: the first sheet' })
  @IsOptional()
  @MaxLength(100)
  sheet?: string;

  @Field(() => [ImportMappingInput], {
    nullable: true,
    description: 'Default: columns matched to fields by their headers',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  mapping?: ImportMappingInput[];

  @Field(() => [ImportChoiceInput], { nullable: true, description: 'Units picked where a name matched several' })
  @IsOptional()
  @ArrayMaxSize(10_000)
  choices?: ImportChoiceInput[];

  @Field({ nullable: true, description: 'The unit new rows go to when they name none (the commune of new villages)' })
  @IsOptional()
  @MaxLength(16)
  parentCode?: string;

  @Field({ nullable: true, description: 'An id of your choosing, to follow the import with importProgress' })
  @IsOptional()
  @MaxLength(64)
  progressId?: string;
}

@ArgsType()
export class ImportProgressArgs {
  @Field()
  @MaxLength(64)
  id: string;
}

@ObjectType()
export class ImportColumn {
  @Field(() => Int)
  column: number;

  @Field()
  header: string;

  @Field(() => String, { nullable: true, description: 'The field the column is mapped to' })
  field: string | null;

  @Field(() => [String], { description: 'The first few values' })
  samples: string[];
}

@ObjectType()
export class ImportField {
  @Field()
  key: string;

  @Field({ description: 'Vietnamese header' })
  label: string;

  @Field()
  labelEn: string;

  @Field()
  required: boolean;

  @Field()
  description: string;
}

@ObjectType()
export class ImportSummary {
  @Field(() => Int) total: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) refused: number;
}

@ObjectType()
export class ImportChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  newValue: string | null;
}

@ObjectType()
export class ImportIssue {
  @Field({ description: 'The import field' })
  field: string;

  @Field({ description: 'BAD_USER_INPUT, CONFLICT, LOCKED, FORBIDDEN, NOT_FOUND or AMBIGUOUS' })
  code: string;

  @Field(() => String, { nullable: true, description: 'For BAD_USER_INPUT: the validation rule' })
  rule: string | null;

  @Field(() => String, { nullable: true, description: "The rule's parameters, as JSON" })
  params: string | null;

  @Field()
  message: string;
}

@ObjectType()
export class ImportCandidate {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  parentName: string | null;
}

@ObjectType()
export class ImportRow {
  @Field(() => Int, { description: 'The sheet row number' })
  row: number;

  @Field(() => ImportAction)
  action: ImportAction;

  @Field(() => String, { nullable: true, description: "The record's key (for a new village: the code it will get)" })
  key: string | null;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => [String], { description: "The row's cells as text, in column order" })
  values: string[];

  @Field(() => [ImportChange])
  changes: ImportChange[];

  @Field(() => [ImportIssue])
  issues: ImportIssue[];

  @Field(() => [ImportCandidate])
  candidates: ImportCandidate[];
}

@ObjectType({ description: 'What an import does (a dry run) or did (committed)' })
export class ImportPreview {
  @Field()
  fileName: string;

  @Field(() => [String])
  sheets: string[];

  @Field()
  sheet: string;

  @Field(() => Int, { description: 'The row holding the headers' })
  headerRow: number;

  @Field(() => [ImportColumn])
  columns: ImportColumn[];

  @Field(() => [ImportField])
  fields: ImportField[];

  @Field(() => ImportSummary)
  summary: ImportSummary;

  @Field(() => [ImportRow])
  rows: ImportRow[];

  @Field()
  committed: boolean;
}

@ObjectType()
export class ImportProgress {
  @Field()
  id: string;

  @Field(() => ImportPhase)
  phase: ImportPhase;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;
}
