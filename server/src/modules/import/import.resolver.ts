import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { ImportInput, ImportPreview, ImportProgress, ImportProgressArgs } from './import.types';
import { ImportService } from './import.service';

/** Cost of an import: reading a file is heavy whatever fields are asked for. */
const IMPORT_COST = 1000;

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Access('signedIn')
  @Query(() => ImportPreview, {
    description: 'Dry run of an import: reads the sheet, matches its columns and checks every row; writes nothing',
    complexity: IMPORT_COST,
  })
  previewImport(@Arg('input') input: ImportInput, @Ctx() ctx: RequestContext): Promise<ImportPreview> {
    return this.imports.preview(ctx, input);
  }

  @Access('signedIn')
  @Mutation(() => ImportPreview, {
    description:
      'Imports a sheet in one transaction: every row or none. When any row is refused nothing is written and the error lists them in extensions.rows (index: the sheet row)',
    complexity: IMPORT_COST,
  })
  commitImport(@Arg('input') input: ImportInput, @Ctx() ctx: RequestContext): Promise<ImportPreview> {
    return this.imports.commit(ctx, input);
  }

  @Access('signedIn')
  @Query(() => ImportProgress, {
    nullable: true,
    description: 'How far your running import is (by the progressId you gave it)',
  })
  importProgress(@Args() { id }: ImportProgressArgs, @Ctx() ctx: RequestContext): Promise<ImportProgress | null> {
    return this.imports.progressOf(ctx, id);
  }
}
