import { ForbiddenError, UnauthenticatedError } from '../access/access.errors.js';
import { reaches } from '../access/access.policy.js';
import type { Viewer } from '../access/viewer.js';
import { InvalidArgumentError } from '../common/argument.error.js';
import type { SqlClient } from '../common/sql.client.js';

/**
 * Who may edit QI work: admins, and QI leads on the projects they belong to (Grants.qiProjects).
 * Every refusal names the project, so a lead knows which membership to ask for.
 */
export class QiEditAccess {
  /** Projects the caller created in this request: the grants were settled before they existed. */
  private readonly created = new Set<string>();

  constructor(
    private readonly viewer: Viewer,
    private readonly sql: SqlClient,
  ) {}

  noteCreated(projectId: string): void {
    this.created.add(projectId);
  }

  /** The name kept with each change: the account's display name. */
  get actor(): string {
    return this.viewer.account?.displayName ?? 'system';
  }

  canEdit(projectId: string): boolean {
    const role = this.viewer.account?.role;
    return (role === 'admin' || role === 'qi_lead') && (reaches(this.viewer.grants.qiProjects, Number(projectId)) || this.created.has(projectId));
  }

  /** Admins and QI leads: creating projects and recording the QI forum. */
  requireQiRole(what: string): void {
    const account = this.requireAccount();
    if (account.role !== 'admin' && account.role !== 'qi_lead') throw new ForbiddenError(`Only QI leads and admins may ${what}.`);
  }

  /** The project, when it exists and the caller may edit it. */
  async requireEditor(projectId: string, argumentName: string): Promise<void> {
    this.requireAccount();
    const project = await this.sql.one<{ title: string }>('select title from qi_project where id = ?::int', [projectId]);
    if (!project) throw new InvalidArgumentError(argumentName, `no QI project has id ${projectId}.`);
    if (!this.canEdit(projectId)) {
      throw new ForbiddenError(`You may not edit the QI project "${project.title}" (id ${projectId}): only its QI leads and admins may.`);
    }
  }

  /** The project a measure, cycle or annotation belongs to, once the caller may edit it. */
  async requireEditorOf(table: 'qi_measure' | 'pdsa_cycle' | 'qi_annotation', id: string, argumentName: string): Promise<string> {
    this.requireAccount();
    const row = await this.sql.one<{ project_id: string }>(`select project_id::text as project_id from ${table} where id = ?::int`, [id]);
    const noun = { qi_measure: 'QI measure', pdsa_cycle: 'PDSA cycle', qi_annotation: 'QI annotation' }[table];
    if (!row) throw new InvalidArgumentError(argumentName, `no ${noun} has id ${id}.`);
    await this.requireEditor(row.project_id, argumentName);
    return row.project_id;
  }

  private requireAccount() {
    if (!this.viewer.account) throw new UnauthenticatedError();
    return this.viewer.account;
  }
}
