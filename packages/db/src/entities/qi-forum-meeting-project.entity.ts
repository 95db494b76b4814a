import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiForumMeeting } from './qi-forum-meeting.entity.js';
import { QiProject } from './qi-project.entity.js';

/** A QI project discussed at a QI forum meeting. */
@Entity({ tableName: 'qi_forum_meeting_project' })
@Index({ name: 'qi_forum_meeting_project_project_idx', properties: ['project'] })
export class QiForumMeetingProject {
  [PrimaryKeyProp]?: ['meeting', 'project'];

  @ManyToOne(() => QiForumMeeting, { ...foreignKey('qi_forum_meeting_project', 'meeting_id', 'cascade'), primary: true })
  meeting!: QiForumMeeting;

  @ManyToOne(() => QiProject, { ...foreignKey('qi_forum_meeting_project', 'project_id', 'cascade'), primary: true })
  project!: QiProject;
}
