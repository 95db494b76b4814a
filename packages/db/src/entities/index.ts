import type { AnyEntity, EntityClass } from '@mikro-orm/core';
import { AgeBand } from './age-band.entity.js';
import { ApiToken } from './api-token.entity.js';
import { AuditLogEntry } from './audit-log.entity.js';
import { HubSetting } from './hub-setting.entity.js';
import { HubUser } from './hub-user.entity.js';
import { ImportQuarantine } from './import-quarantine.entity.js';
import { ImportRun } from './import-run.entity.js';
import { RollupDirty } from './rollup-dirty.entity.js';
import { DataVersion } from './data-version.entity.js';
import { OidcUsedNonce } from './oidc-used-nonce.entity.js';
import { RollupPending } from './rollup-pending.entity.js';
import { UserScope } from './user-scope.entity.js';
import { UserSession } from './user-session.entity.js';
import { Attendance } from './attendance.entity.js';
import { ContractProvider } from './contract-provider.entity.js';
import { Contract } from './contract.entity.js';
import { EthnicCategory } from './ethnic-category.entity.js';
import { InstrumentScoreConversion } from './instrument-score-conversion.entity.js';
import { Instrument } from './instrument.entity.js';
import { KpiTarget } from './kpi-target.entity.js';
import { KpiValue } from './kpi-value.entity.js';
import { Kpi } from './kpi.entity.js';
import { Organisation } from './organisation.entity.js';
import { OutcomeMeasurement } from './outcome-measurement.entity.js';
import { OutreachEvent } from './outreach-event.entity.js';
import { PdsaCycleMeasure } from './pdsa-cycle-measure.entity.js';
import { PdsaCycle } from './pdsa-cycle.entity.js';
import { Person } from './person.entity.js';
import { Population } from './population.entity.js';
import { ProgrammeVenue } from './programme-venue.entity.js';
import { Programme } from './programme.entity.js';
import { QiAnnotation } from './qi-annotation.entity.js';
import { QiChartMark } from './qi-chart-mark.entity.js';
import { QiForumMeetingProject } from './qi-forum-meeting-project.entity.js';
import { QiForumMeeting } from './qi-forum-meeting.entity.js';
import { QiMeasureValueHistory } from './qi-measure-value-history.entity.js';
import { QiProgressScore } from './qi-progress-score.entity.js';
import { QiMeasureValue } from './qi-measure-value.entity.js';
import { QiMeasure } from './qi-measure.entity.js';
import { QiProjectInvolvement } from './qi-project-involvement.entity.js';
import { QiProject } from './qi-project.entity.js';
import { ReferralSource } from './referral-source.entity.js';
import { ReferralStatusEvent } from './referral-status-event.entity.js';
import { Referral } from './referral.entity.js';
import { Service } from './service.entity.js';
import { Venue } from './venue.entity.js';
import { Ward } from './ward.entity.js';

export * from './age-band.entity.js';
export * from './api-token.entity.js';
export * from './audit-log.entity.js';
export * from './hub-setting.entity.js';
export * from './hub-user.entity.js';
export * from './import-quarantine.entity.js';
export * from './import-run.entity.js';
export * from './rollup-pending.entity.js';
export * from './user-scope.entity.js';
export * from './user-session.entity.js';
export * from './attendance.entity.js';
export * from './contract-provider.entity.js';
export * from './contract.entity.js';
export * from './ethnic-category.entity.js';
export * from './instrument-score-conversion.entity.js';
export * from './instrument.entity.js';
export * from './kpi-target.entity.js';
export * from './kpi-value.entity.js';
export * from './kpi.entity.js';
export * from './organisation.entity.js';
export * from './outcome-measurement.entity.js';
export * from './outreach-event.entity.js';
export * from './pdsa-cycle-measure.entity.js';
export * from './pdsa-cycle.entity.js';
export * from './person.entity.js';
export * from './population.entity.js';
export * from './programme-venue.entity.js';
export * from './programme.entity.js';
export * from './qi-annotation.entity.js';
export * from './qi-chart-mark.entity.js';
export * from './qi-forum-meeting-project.entity.js';
export * from './qi-forum-meeting.entity.js';
export * from './qi-measure-value-history.entity.js';
export * from './qi-progress-score.entity.js';
export * from './qi-measure-value.entity.js';
export * from './qi-measure.entity.js';
export * from './qi-project-involvement.entity.js';
export * from './qi-project.entity.js';
export * from './referral-source.entity.js';
export * from './referral-status-event.entity.js';
export * from './referral.codes.js';
export * from './referral.entity.js';
export * from './service.entity.js';
export * from './venue.entity.js';
export * from './ward.entity.js';

/** Every entity the ORM knows, listed explicitly so discovery needs no file globs or decorator metadata. */
export const entities: EntityClass<AnyEntity>[] = [
  // Code lists loaded by the migration
  Ward,
  EthnicCategory,
  ReferralSource,
  AgeBand,
  Instrument,
  InstrumentScoreConversion,
  // Organisations, contracts and what they commission
  Organisation,
  Contract,
  ContractProvider,
  Kpi,
  KpiTarget,
  KpiValue,
  Service,
  Programme,
  Venue,
  ProgrammeVenue,
  Population,
  // People, referrals and outcomes
  Person,
  OutreachEvent,
  Referral,
  ReferralStatusEvent,
  Attendance,
  OutcomeMeasurement,
  // Quality improvement
  QiProject,
  QiProjectInvolvement,
  QiMeasure,
  QiMeasureValue,
  PdsaCycle,
  PdsaCycleMeasure,
  QiAnnotation,
  QiForumMeeting,
  QiProgressScore,
  QiMeasureValueHistory,
  QiChartMark,
  QiForumMeetingProject,
  // Access: accounts, their scopes, sessions, tokens, settings and the audit log
  HubUser,
  UserScope,
  UserSession,
  OidcUsedNonce,
  ApiToken,
  HubSetting,
  AuditLogEntry,
  // Imports of services' files
  ImportRun,
  ImportQuarantine,
  // Writes the reporting rollups have not yet taken in
  RollupPending,
  RollupDirty,
  // What cached analytics answers are keyed on
  DataVersion,
];
