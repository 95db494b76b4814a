import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { ImportKind, ImportRun, ImportRunConnection, ImportTemplate, QuarantinedRowConnection } from './import.type.js';
import { Upload, type UploadedFile } from './upload.scalar.js';

const WHO = 'Admins (every import) and service managers (their own).';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportRun, {
    description: `Imports a CSV or XLSX file sent as a multipart request (docs/import.md), as the signed-in admin or service manager; returns the run with its counts. A file refused as a whole is a BAD_USER_INPUT error naming the reason, and nothing is written. Audited.`,
  })
  importFile(
    @Arg('kind', () => ImportKind, { description: 'What the file holds.' }) kind: string,
    @Arg('file', () => Upload, { description: 'The file, .csv (UTF-8) or .xlsx.' }) file: UploadedFile,
    @Ctx() ctx: HubContext,
  ): Promise<ImportRun> {
    return ctx.imports.importFile(kind, file);
  }

  @Query(() => ImportRunConnection, { description: `Imports of files, newest first, a page at a time. ${WHO}` })
  importRuns(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext): Promise<ImportRunConnection> {
    return ctx.imports.runs(toPageRequest(page));
  }

  @Query(() => ImportRun, { nullable: true, description: `One import by id; null when there is none you may see. ${WHO}` })
  importRun(@Arg('id', () => ID, { description: "The run's id." }) id: string, @Ctx() ctx: HubContext): Promise<ImportRun | null> {
    return ctx.imports.run(Number(parseId(id, 'id')));
  }

  @Query(() => QuarantinedRowConnection, {
    nullable: true,
    description: `The rows of an import that were kept aside, in file order, with their reasons; null when there is no such import you may see. ${WHO} Audited as a record read.`,
  })
  importQuarantine(
    @Arg('runId', () => ID, { description: "The run's id." }) runId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ): Promise<QuarantinedRowConnection | null> {
    return ctx.imports.quarantine(Number(parseId(runId, 'runId')), toPageRequest(page));
  }

  @Query(() => [ImportTemplate], { description: 'The columns each kind of file must have, with types, codes and examples (docs/import.md).' })
  importTemplates(@Ctx() ctx: HubContext): ImportTemplate[] {
    return ctx.imports.templates();
  }
}
