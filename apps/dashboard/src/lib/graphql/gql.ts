/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\tfragment Viewer on CurrentUser {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\tcanReadRecords\n\t\tcanAdminister\n\t\tfigures\n\t\tprogrammeIds\n\t\tcontractIds\n\t\tqiProjectIds\n\t\tisDemo\n\t}\n": typeof types.ViewerFragmentDoc,
    "\n\tquery WhoAmI {\n\t\tme {\n\t\t\t...Viewer\n\t\t}\n\t\tpublishedView\n\t}\n": typeof types.WhoAmIDocument,
    "\n\tmutation SignIn($email: String!, $password: String!) {\n\t\tsignIn(email: $email, password: $password) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t\tuser {\n\t\t\t\t...Viewer\n\t\t\t}\n\t\t}\n\t}\n": typeof types.SignInDocument,
    "\n\tmutation SignOut {\n\t\tsignOut\n\t}\n": typeof types.SignOutDocument,
    "\n\tmutation SignInWithSingleSignOn($idToken: String!, $nonce: String!) {\n\t\tsignInWithSingleSignOn(idToken: $idToken, nonce: $nonce) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t}\n\t}\n": typeof types.SignInWithSingleSignOnDocument,
    "\n\tfragment ApiToken on ApiTokenInfo {\n\t\tid\n\t\tname\n\t\tcreatedAt\n\t\texpiresAt\n\t\trevokedAt\n\t\tlastUsedAt\n\t}\n": typeof types.ApiTokenFragmentDoc,
    "\n\tquery MyApiTokens {\n\t\tmyApiTokens {\n\t\t\t...ApiToken\n\t\t}\n\t}\n": typeof types.MyApiTokensDocument,
    "\n\tmutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n\t\tcreateApiToken(name: $name, expiresInDays: $expiresInDays) {\n\t\t\tsecret\n\t\t\ttoken {\n\t\t\t\t...ApiToken\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CreateApiTokenDocument,
    "\n\tmutation RevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.RevokeApiTokenDocument,
    "\n\tfragment UserAccount on UserAccount {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\trecordAccess\n\t\tisDemo\n\t\thasPassword\n\t\thasSingleSignOn\n\t\tdisabledAt\n\t\tcreatedAt\n\t\tscopes {\n\t\t\tkind\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UserAccountFragmentDoc,
    "\n\tquery Users {\n\t\tusers {\n\t\t\t...UserAccount\n\t\t}\n\t\tpublishedView\n\t}\n": typeof types.UsersDocument,
    "\n\tmutation CreateUser($input: NewUserInput!) {\n\t\tcreateUser(input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n": typeof types.CreateUserDocument,
    "\n\tmutation UpdateUser($id: ID!, $input: UserChangeInput!) {\n\t\tupdateUser(id: $id, input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n": typeof types.UpdateUserDocument,
    "\n\tmutation SetPublishedView($enabled: Boolean!) {\n\t\tsetPublishedView(enabled: $enabled)\n\t}\n": typeof types.SetPublishedViewDocument,
    "\n\tquery ScopeChoices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tprogrammes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t}\n\t\tqiProjects {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": typeof types.ScopeChoicesDocument,
    "\n\tquery AuditLog($filter: AuditFilter, $first: Int!, $before: ID) {\n\t\tauditLog(filter: $filter, first: $first, before: $before) {\n\t\t\tid\n\t\t\tat\n\t\t\tuserId\n\t\t\tactor\n\t\t\taction\n\t\t\toperation\n\t\t\tdetail\n\t\t\trowCount\n\t\t}\n\t}\n": typeof types.AuditLogDocument,
    "\n\tfragment Proportion on Proportion {\n\t\tnumerator\n\t\tdenominator\n\t\testimate\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n": typeof types.ProportionFragmentDoc,
    "\n\tfragment Rate on Rate {\n\t\tcount\n\t\tdenominator\n\t\tratePer1000\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n": typeof types.RateFragmentDoc,
    "\n\tfragment SpcPoint on SpcPoint {\n\t\tperiod\n\t\tlabel\n\t\tvalue\n\t\tmean\n\t\tupperLimit\n\t\tlowerLimit\n\t\tupperTwoSigma\n\t\tlowerTwoSigma\n\t\tspecialCause\n\t\trules\n\t\tconflict\n\t\tghosted\n\t\trebase\n\t\tlower\n\t\tupper\n\t\tnumerator\n\t\tdenominator\n\t}\n": typeof types.SpcPointFragmentDoc,
    "\n\tfragment SpcChart on SpcChart {\n\t\tkind\n\t\tdirection\n\t\ttarget\n\t\tvariation\n\t\tassurance\n\t\treason\n\t\tdefinition\n\t\tpoints {\n\t\t\t...SpcPoint\n\t\t}\n\t\tmarkers {\n\t\t\tkind\n\t\t\tmark\n\t\t\tdate\n\t\t\tdateLabel\n\t\t\tpointIndex\n\t\t\ttext\n\t\t}\n\t\tsuggestedRebase {\n\t\t\tperiod\n\t\t\tlabel\n\t\t\tlength\n\t\t\treason\n\t\t}\n\t}\n": typeof types.SpcChartFragmentDoc,
    "\n\tquery Contracts {\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tstartsOn\n\t\t\tendsOn\n\t\t\textensionEndsOn\n\t\t\tcommissioner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tproviders {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ContractsDocument,
    "\n\tquery ContractKpis($contractCode: String!, $options: SpcOptionsInput) {\n\t\tcontractKpis(contractCode: $contractCode) {\n\t\t\tkpi {\n\t\t\t\tid\n\t\t\t\tcode\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttolerance\n\t\t\t\tperiod\n\t\t\t}\n\t\t\tquarters {\n\t\t\t\tperiodStart\n\t\t\t\tlabel\n\t\t\t\tactual\n\t\t\t\ttarget\n\t\t\t\trag\n\t\t\t\treason\n\t\t\t\tsuppressed\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t}\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ContractKpisDocument,
    "\n\tquery DataCoverage {\n\t\tdataCoverage {\n\t\t\tlastReferralOn\n\t\t\trollupsRefreshedAt\n\t\t\tlatestCompleteFinancialYear\n\t\t\tdefinition\n\t\t}\n\t}\n": typeof types.DataCoverageDocument,
    "\n\tfragment ImportRun on ImportRun {\n\t\tid\n\t\tkind\n\t\tfileName\n\t\tsha256\n\t\timportedBy\n\t\tstartedAt\n\t\tfinishedAt\n\t\tstatus\n\t\tmessage\n\t\trowsRead\n\t\tinserted\n\t\tupdated\n\t\tunchanged\n\t\tquarantined\n\t}\n": typeof types.ImportRunFragmentDoc,
    "\n\tmutation ImportFile($kind: ImportKind!, $file: Upload!) {\n\t\timportFile(kind: $kind, file: $file) {\n\t\t\t...ImportRun\n\t\t}\n\t}\n": typeof types.ImportFileDocument,
    "\n\tquery ImportPage($first: Int) {\n\t\timportRuns(first: $first) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\t...ImportRun\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ImportPageDocument,
    "\n\tquery ImportTemplates {\n\t\timportTemplates {\n\t\t\tkind\n\t\t\tsheet\n\t\t\tdescription\n\t\t\tmayImport\n\t\t\tcolumns {\n\t\t\t\tname\n\t\t\t\ttype\n\t\t\t\trequired\n\t\t\t\tcodes\n\t\t\t\tdescription\n\t\t\t\texample\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ImportTemplatesDocument,
    "\n\tquery ImportQuarantine($runId: ID!, $first: Int, $after: String) {\n\t\timportRun(id: $runId) {\n\t\t\t...ImportRun\n\t\t}\n\t\timportQuarantine(runId: $runId, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\trowNumber\n\t\t\t\t\trow\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ImportQuarantineDocument,
    "\n\tquery OutcomeHeadlines($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\theadlines {\n\t\t\t\tkey\n\t\t\t\ttitle\n\t\t\t\tdefinition\n\t\t\t\tkind\n\t\t\t\testimate\n\t\t\t\tlower\n\t\t\t\tupper\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t\tpairs\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tlost\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n": typeof types.OutcomeHeadlinesDocument,
    "\n\tquery OutcomeInstruments($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\tinstruments {\n\t\t\t\tinstrument {\n\t\t\t\t\tcode\n\t\t\t\t\tname\n\t\t\t\t\thigherIsBetter\n\t\t\t\t\tminScore\n\t\t\t\t\tmaxScore\n\t\t\t\t}\n\t\t\t\tdefinition\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tpairs\n\t\t\t\tlost\n\t\t\t\timproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeaningfullyImproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeanChange {\n\t\t\t\t\tn\n\t\t\t\t\tmeanBefore\n\t\t\t\t\tmeanAfter\n\t\t\t\t\tmeanChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\trelativeChange {\n\t\t\t\t\tn\n\t\t\t\t\ttotalBefore\n\t\t\t\t\ttotalAfter\n\t\t\t\t\trelativeChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\tachievingThreshold {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tthresholdLabel\n\t\t\t\tdistribution {\n\t\t\t\t\tfrom\n\t\t\t\t\tto\n\t\t\t\t\tbefore\n\t\t\t\t\tafter\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.OutcomeInstrumentsDocument,
    "\n\tquery OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter, timepoint: $timepoint) {\n\t\t\tkey\n\t\t\tlabel\n\t\t\timproved {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcomparison\n\t\t\tdefinition\n\t\t}\n\t}\n": typeof types.OutcomesByGroupDocument,
    "\n\tquery OutreachEvents($filter: OutreachEventFilter, $after: String, $first: Int) {\n\t\toutreachEvents(filter: $filter, after: $after, first: $first) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\ttitle\n\t\t\t\t\theldOn\n\t\t\t\t\tkind\n\t\t\t\t\tcommunity\n\t\t\t\t\tattendance\n\t\t\t\t\treferralCount\n\t\t\t\t\tward {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.OutreachEventsDocument,
    "\n\tfragment Programme on Programme {\n\t\tid\n\t\tcode\n\t\tname\n\t\tservice {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ProgrammeFragmentDoc,
    "\n\tquery Programmes {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t}\n": typeof types.ProgrammesDocument,
    "\n\tquery QiProjectEdit($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tversion\n\t\t\tcanEdit\n\t\t\tprogressScoredOn\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tchart\n\t\t\t\tunit\n\t\t\t\tdefinition: description\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tchartSettings {\n\t\t\t\t\ttarget\n\t\t\t\t\trebases {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t\tghosts {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\tvalues {\n\t\t\t\t\tperiodStart\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tshowOnServiceCharts\n\t\t\t}\n\t\t}\n\t}\n": typeof types.QiProjectEditDocument,
    "\n\tquery QiServices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.QiServicesDocument,
    "\n\tquery QiForumMeetings {\n\t\tqiForumMeetings {\n\t\t\tid\n\t\t\theldOn\n\t\t\tnotes\n\t\t\tstaffAttendees\n\t\t\tserviceUserCarerAttendees\n\t\t\tprojectsDiscussed {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t}\n\t}\n": typeof types.QiForumMeetingsDocument,
    "\n\tmutation CreateQiProject($input: QiProjectInput!) {\n\t\tcreateQiProject(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.CreateQiProjectDocument,
    "\n\tmutation UpdateQiProject($id: ID!, $version: Int!, $input: QiProjectInput!) {\n\t\tupdateQiProject(id: $id, version: $version, input: $input) {\n\t\t\tid\n\t\t\tversion\n\t\t}\n\t}\n": typeof types.UpdateQiProjectDocument,
    "\n\tmutation AddQiMeasure($projectId: ID!, $input: QiMeasureInput!) {\n\t\taddQiMeasure(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.AddQiMeasureDocument,
    "\n\tmutation RecordQiMeasureValues($measureId: ID!, $values: [QiMeasureValueInput!]!, $replace: Boolean!, $reason: String) {\n\t\trecordQiMeasureValues(measureId: $measureId, values: $values, replace: $replace, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.RecordQiMeasureValuesDocument,
    "\n\tmutation CorrectQiMeasureValue($measureId: ID!, $periodStart: LocalDate!, $value: Float!, $reason: String!) {\n\t\tcorrectQiMeasureValue(measureId: $measureId, periodStart: $periodStart, value: $value, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.CorrectQiMeasureValueDocument,
    "\n\tmutation SetQiMeasureChartSettings($measureId: ID!, $input: QiChartSettingsInput!) {\n\t\tsetQiMeasureChartSettings(measureId: $measureId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.SetQiMeasureChartSettingsDocument,
    "\n\tmutation RecordPdsaCycle($projectId: ID!, $input: PdsaCycleInput!) {\n\t\trecordPdsaCycle(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t\tsequence\n\t\t}\n\t}\n": typeof types.RecordPdsaCycleDocument,
    "\n\tmutation UpdatePdsaCycle($id: ID!, $input: PdsaCycleInput!) {\n\t\tupdatePdsaCycle(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UpdatePdsaCycleDocument,
    "\n\tmutation UpdateQiMeasure($id: ID!, $input: QiMeasureInput!) {\n\t\tupdateQiMeasure(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UpdateQiMeasureDocument,
    "\n\tmutation AddQiAnnotation($projectId: ID!, $input: QiAnnotationInput!) {\n\t\taddQiAnnotation(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.AddQiAnnotationDocument,
    "\n\tmutation DeleteQiAnnotation($id: ID!) {\n\t\tdeleteQiAnnotation(id: $id)\n\t}\n": typeof types.DeleteQiAnnotationDocument,
    "\n\tmutation RecordQiForumMeeting($input: QiForumMeetingInput!) {\n\t\trecordQiForumMeeting(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.RecordQiForumMeetingDocument,
    "\n\tquery QiProjects($filter: QiProjectFilter) {\n\t\tqiProjects(filter: $filter) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.QiProjectsDocument,
    "\n\tquery InvolvementOverTime {\n\t\tinvolvementOverTime {\n\t\t\tmonth\n\t\t\tactiveProjects\n\t\t\tinvolvedProjects\n\t\t\tbigIProjects\n\t\t\tlittleIProjects\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tbigIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tlittleIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InvolvementOverTimeDocument,
    "\n\tquery QiProject($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\taim\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tinvolvementHistory {\n\t\t\t\teffectiveOn\n\t\t\t\tlevel\n\t\t\t}\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tspc {\n\t\t\t\t\t...SpcChart\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tsequence\n\t\t\t\tchangeIdea\n\t\t\t\tplan\n\t\t\t\tdo\n\t\t\t\tstudy\n\t\t\t\tact\n\t\t\t\tdecision\n\t\t\t\tstartedOn\n\t\t\t\tendedOn\n\t\t\t\tmeasures {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tannotations {\n\t\t\t\tid\n\t\t\t\tnotedOn\n\t\t\t\ttext\n\t\t\t\tmeasure {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.QiProjectDocument,
    "\n\tquery QiMeasureSpc($id: ID!, $options: SpcOptionsInput) {\n\t\tqiMeasure(id: $id) {\n\t\t\tid\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n": typeof types.QiMeasureSpcDocument,
    "\n\tquery FilterOptions {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t\twards {\n\t\t\tcode\n\t\t\tname\n\t\t\tdeprivationDecile\n\t\t}\n\t\tageBands {\n\t\t\tcode\n\t\t\tminAge\n\t\t}\n\t\tethnicCategories {\n\t\t\tcode\n\t\t\tname\n\t\t\tbroadGroup\n\t\t}\n\t\treferralsPerMonth {\n\t\t\tmonth\n\t\t\tcount\n\t\t}\n\t}\n": typeof types.FilterOptionsDocument,
    "\n\tquery ReferralFunnel($filter: ReferralFilter) {\n\t\treferralFunnel(filter: $filter) {\n\t\t\tdefinition\n\t\t\ttotalsNote\n\t\t\tstages {\n\t\t\t\tstage\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t\tofPrevious {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tlostFromPrevious\n\t\t\t}\n\t\t\tendings {\n\t\t\t\tending\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ReferralFunnelDocument,
    "\n\tquery ReferralsByProgramme($filter: ReferralFilter) {\n\t\treferralsByProgramme(filter: $filter) {\n\t\t\tcount\n\t\t\tsuppressed\n\t\t\tprogramme {\n\t\t\t\t...Programme\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ReferralsByProgrammeDocument,
    "\n\tquery BoardPackUptake($filter: ReferralFilter) {\n\t\tethnicGroup: uptake(dimension: ETHNIC_GROUP, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tageBand: uptake(dimension: AGE_BAND, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tdeprivation: uptake(dimension: DEPRIVATION_DECILE, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n": typeof types.BoardPackUptakeDocument,
    "\n\tquery ServiceSpc($series: ServiceSeries!, $filter: ReferralFilter, $options: SpcOptionsInput) {\n\t\tserviceSpc(series: $series, filter: $filter, options: $options) {\n\t\t\t...SpcChart\n\t\t\ttotal {\n\t\t\t\tvalue\n\t\t\t\tsuppressed\n\t\t\t\treason\n\t\t\t\tnote\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ServiceSpcDocument,
    "\n\tfragment IntervalEstimate on IntervalEstimate {\n\t\testimate\n\t\tlower\n\t\tupper\n\t\treason\n\t}\n": typeof types.IntervalEstimateFragmentDoc,
    "\n\tfragment Uptake on Uptake {\n\t\tdimension\n\t\tdefinitions {\n\t\t\tdimension\n\t\t\tshare\n\t\t\tpopulationShare\n\t\t\tgap\n\t\t\trate\n\t\t\tstandardisedRate\n\t\t\tfunnel\n\t\t\tunderRepresented\n\t\t\tunstated\n\t\t}\n\t\teligibleMinAge\n\t\teligibleMaxAge\n\t\teligibleAgeBands\n\t\trateYears\n\t\ttotalReferrals\n\t\tstatedReferrals\n\t\ttotalPopulation\n\t\tunstated {\n\t\t\tlabels\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t\tgroups {\n\t\t\tkey\n\t\t\tlabel\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tpopulation\n\t\t\tpopulationShare\n\t\t\tgapPoints\n\t\t\trepresentationRatio\n\t\t\tgap {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tratio {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\treferralRate {\n\t\t\t\t...Rate\n\t\t\t}\n\t\t\tstandardisedRate {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tunderRepresented\n\t\t\tstartRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tstartComparison\n\t\t\tcompletionRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcompletionComparison\n\t\t\treason\n\t\t}\n\t}\n": typeof types.UptakeFragmentDoc,
    "\n\tquery Uptake($dimension: UptakeDimension!, $filter: ReferralFilter) {\n\t\tchosen: uptake(dimension: $dimension, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\twards: uptake(dimension: WARD, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n": typeof types.UptakeDocument,
};
const documents: Documents = {
    "\n\tfragment Viewer on CurrentUser {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\tcanReadRecords\n\t\tcanAdminister\n\t\tfigures\n\t\tprogrammeIds\n\t\tcontractIds\n\t\tqiProjectIds\n\t\tisDemo\n\t}\n": types.ViewerFragmentDoc,
    "\n\tquery WhoAmI {\n\t\tme {\n\t\t\t...Viewer\n\t\t}\n\t\tpublishedView\n\t}\n": types.WhoAmIDocument,
    "\n\tmutation SignIn($email: String!, $password: String!) {\n\t\tsignIn(email: $email, password: $password) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t\tuser {\n\t\t\t\t...Viewer\n\t\t\t}\n\t\t}\n\t}\n": types.SignInDocument,
    "\n\tmutation SignOut {\n\t\tsignOut\n\t}\n": types.SignOutDocument,
    "\n\tmutation SignInWithSingleSignOn($idToken: String!, $nonce: String!) {\n\t\tsignInWithSingleSignOn(idToken: $idToken, nonce: $nonce) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t}\n\t}\n": types.SignInWithSingleSignOnDocument,
    "\n\tfragment ApiToken on ApiTokenInfo {\n\t\tid\n\t\tname\n\t\tcreatedAt\n\t\texpiresAt\n\t\trevokedAt\n\t\tlastUsedAt\n\t}\n": types.ApiTokenFragmentDoc,
    "\n\tquery MyApiTokens {\n\t\tmyApiTokens {\n\t\t\t...ApiToken\n\t\t}\n\t}\n": types.MyApiTokensDocument,
    "\n\tmutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n\t\tcreateApiToken(name: $name, expiresInDays: $expiresInDays) {\n\t\t\tsecret\n\t\t\ttoken {\n\t\t\t\t...ApiToken\n\t\t\t}\n\t\t}\n\t}\n": types.CreateApiTokenDocument,
    "\n\tmutation RevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.RevokeApiTokenDocument,
    "\n\tfragment UserAccount on UserAccount {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\trecordAccess\n\t\tisDemo\n\t\thasPassword\n\t\thasSingleSignOn\n\t\tdisabledAt\n\t\tcreatedAt\n\t\tscopes {\n\t\t\tkind\n\t\t\tid\n\t\t}\n\t}\n": types.UserAccountFragmentDoc,
    "\n\tquery Users {\n\t\tusers {\n\t\t\t...UserAccount\n\t\t}\n\t\tpublishedView\n\t}\n": types.UsersDocument,
    "\n\tmutation CreateUser($input: NewUserInput!) {\n\t\tcreateUser(input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n": types.CreateUserDocument,
    "\n\tmutation UpdateUser($id: ID!, $input: UserChangeInput!) {\n\t\tupdateUser(id: $id, input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n": types.UpdateUserDocument,
    "\n\tmutation SetPublishedView($enabled: Boolean!) {\n\t\tsetPublishedView(enabled: $enabled)\n\t}\n": types.SetPublishedViewDocument,
    "\n\tquery ScopeChoices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tprogrammes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t}\n\t\tqiProjects {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": types.ScopeChoicesDocument,
    "\n\tquery AuditLog($filter: AuditFilter, $first: Int!, $before: ID) {\n\t\tauditLog(filter: $filter, first: $first, before: $before) {\n\t\t\tid\n\t\t\tat\n\t\t\tuserId\n\t\t\tactor\n\t\t\taction\n\t\t\toperation\n\t\t\tdetail\n\t\t\trowCount\n\t\t}\n\t}\n": types.AuditLogDocument,
    "\n\tfragment Proportion on Proportion {\n\t\tnumerator\n\t\tdenominator\n\t\testimate\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n": types.ProportionFragmentDoc,
    "\n\tfragment Rate on Rate {\n\t\tcount\n\t\tdenominator\n\t\tratePer1000\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n": types.RateFragmentDoc,
    "\n\tfragment SpcPoint on SpcPoint {\n\t\tperiod\n\t\tlabel\n\t\tvalue\n\t\tmean\n\t\tupperLimit\n\t\tlowerLimit\n\t\tupperTwoSigma\n\t\tlowerTwoSigma\n\t\tspecialCause\n\t\trules\n\t\tconflict\n\t\tghosted\n\t\trebase\n\t\tlower\n\t\tupper\n\t\tnumerator\n\t\tdenominator\n\t}\n": types.SpcPointFragmentDoc,
    "\n\tfragment SpcChart on SpcChart {\n\t\tkind\n\t\tdirection\n\t\ttarget\n\t\tvariation\n\t\tassurance\n\t\treason\n\t\tdefinition\n\t\tpoints {\n\t\t\t...SpcPoint\n\t\t}\n\t\tmarkers {\n\t\t\tkind\n\t\t\tmark\n\t\t\tdate\n\t\t\tdateLabel\n\t\t\tpointIndex\n\t\t\ttext\n\t\t}\n\t\tsuggestedRebase {\n\t\t\tperiod\n\t\t\tlabel\n\t\t\tlength\n\t\t\treason\n\t\t}\n\t}\n": types.SpcChartFragmentDoc,
    "\n\tquery Contracts {\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tstartsOn\n\t\t\tendsOn\n\t\t\textensionEndsOn\n\t\t\tcommissioner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tproviders {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ContractsDocument,
    "\n\tquery ContractKpis($contractCode: String!, $options: SpcOptionsInput) {\n\t\tcontractKpis(contractCode: $contractCode) {\n\t\t\tkpi {\n\t\t\t\tid\n\t\t\t\tcode\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttolerance\n\t\t\t\tperiod\n\t\t\t}\n\t\t\tquarters {\n\t\t\t\tperiodStart\n\t\t\t\tlabel\n\t\t\t\tactual\n\t\t\t\ttarget\n\t\t\t\trag\n\t\t\t\treason\n\t\t\t\tsuppressed\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t}\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n": types.ContractKpisDocument,
    "\n\tquery DataCoverage {\n\t\tdataCoverage {\n\t\t\tlastReferralOn\n\t\t\trollupsRefreshedAt\n\t\t\tlatestCompleteFinancialYear\n\t\t\tdefinition\n\t\t}\n\t}\n": types.DataCoverageDocument,
    "\n\tfragment ImportRun on ImportRun {\n\t\tid\n\t\tkind\n\t\tfileName\n\t\tsha256\n\t\timportedBy\n\t\tstartedAt\n\t\tfinishedAt\n\t\tstatus\n\t\tmessage\n\t\trowsRead\n\t\tinserted\n\t\tupdated\n\t\tunchanged\n\t\tquarantined\n\t}\n": types.ImportRunFragmentDoc,
    "\n\tmutation ImportFile($kind: ImportKind!, $file: Upload!) {\n\t\timportFile(kind: $kind, file: $file) {\n\t\t\t...ImportRun\n\t\t}\n\t}\n": types.ImportFileDocument,
    "\n\tquery ImportPage($first: Int) {\n\t\timportRuns(first: $first) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\t...ImportRun\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ImportPageDocument,
    "\n\tquery ImportTemplates {\n\t\timportTemplates {\n\t\t\tkind\n\t\t\tsheet\n\t\t\tdescription\n\t\t\tmayImport\n\t\t\tcolumns {\n\t\t\t\tname\n\t\t\t\ttype\n\t\t\t\trequired\n\t\t\t\tcodes\n\t\t\t\tdescription\n\t\t\t\texample\n\t\t\t}\n\t\t}\n\t}\n": types.ImportTemplatesDocument,
    "\n\tquery ImportQuarantine($runId: ID!, $first: Int, $after: String) {\n\t\timportRun(id: $runId) {\n\t\t\t...ImportRun\n\t\t}\n\t\timportQuarantine(runId: $runId, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\trowNumber\n\t\t\t\t\trow\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ImportQuarantineDocument,
    "\n\tquery OutcomeHeadlines($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\theadlines {\n\t\t\t\tkey\n\t\t\t\ttitle\n\t\t\t\tdefinition\n\t\t\t\tkind\n\t\t\t\testimate\n\t\t\t\tlower\n\t\t\t\tupper\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t\tpairs\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tlost\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n": types.OutcomeHeadlinesDocument,
    "\n\tquery OutcomeInstruments($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\tinstruments {\n\t\t\t\tinstrument {\n\t\t\t\t\tcode\n\t\t\t\t\tname\n\t\t\t\t\thigherIsBetter\n\t\t\t\t\tminScore\n\t\t\t\t\tmaxScore\n\t\t\t\t}\n\t\t\t\tdefinition\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tpairs\n\t\t\t\tlost\n\t\t\t\timproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeaningfullyImproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeanChange {\n\t\t\t\t\tn\n\t\t\t\t\tmeanBefore\n\t\t\t\t\tmeanAfter\n\t\t\t\t\tmeanChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\trelativeChange {\n\t\t\t\t\tn\n\t\t\t\t\ttotalBefore\n\t\t\t\t\ttotalAfter\n\t\t\t\t\trelativeChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\tachievingThreshold {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tthresholdLabel\n\t\t\t\tdistribution {\n\t\t\t\t\tfrom\n\t\t\t\t\tto\n\t\t\t\t\tbefore\n\t\t\t\t\tafter\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.OutcomeInstrumentsDocument,
    "\n\tquery OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter, timepoint: $timepoint) {\n\t\t\tkey\n\t\t\tlabel\n\t\t\timproved {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcomparison\n\t\t\tdefinition\n\t\t}\n\t}\n": types.OutcomesByGroupDocument,
    "\n\tquery OutreachEvents($filter: OutreachEventFilter, $after: String, $first: Int) {\n\t\toutreachEvents(filter: $filter, after: $after, first: $first) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\ttitle\n\t\t\t\t\theldOn\n\t\t\t\t\tkind\n\t\t\t\t\tcommunity\n\t\t\t\t\tattendance\n\t\t\t\t\treferralCount\n\t\t\t\t\tward {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.OutreachEventsDocument,
    "\n\tfragment Programme on Programme {\n\t\tid\n\t\tcode\n\t\tname\n\t\tservice {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.ProgrammeFragmentDoc,
    "\n\tquery Programmes {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t}\n": types.ProgrammesDocument,
    "\n\tquery QiProjectEdit($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tversion\n\t\t\tcanEdit\n\t\t\tprogressScoredOn\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tchart\n\t\t\t\tunit\n\t\t\t\tdefinition: description\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tchartSettings {\n\t\t\t\t\ttarget\n\t\t\t\t\trebases {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t\tghosts {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\tvalues {\n\t\t\t\t\tperiodStart\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tshowOnServiceCharts\n\t\t\t}\n\t\t}\n\t}\n": types.QiProjectEditDocument,
    "\n\tquery QiServices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.QiServicesDocument,
    "\n\tquery QiForumMeetings {\n\t\tqiForumMeetings {\n\t\t\tid\n\t\t\theldOn\n\t\t\tnotes\n\t\t\tstaffAttendees\n\t\t\tserviceUserCarerAttendees\n\t\t\tprojectsDiscussed {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t}\n\t}\n": types.QiForumMeetingsDocument,
    "\n\tmutation CreateQiProject($input: QiProjectInput!) {\n\t\tcreateQiProject(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.CreateQiProjectDocument,
    "\n\tmutation UpdateQiProject($id: ID!, $version: Int!, $input: QiProjectInput!) {\n\t\tupdateQiProject(id: $id, version: $version, input: $input) {\n\t\t\tid\n\t\t\tversion\n\t\t}\n\t}\n": types.UpdateQiProjectDocument,
    "\n\tmutation AddQiMeasure($projectId: ID!, $input: QiMeasureInput!) {\n\t\taddQiMeasure(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.AddQiMeasureDocument,
    "\n\tmutation RecordQiMeasureValues($measureId: ID!, $values: [QiMeasureValueInput!]!, $replace: Boolean!, $reason: String) {\n\t\trecordQiMeasureValues(measureId: $measureId, values: $values, replace: $replace, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n": types.RecordQiMeasureValuesDocument,
    "\n\tmutation CorrectQiMeasureValue($measureId: ID!, $periodStart: LocalDate!, $value: Float!, $reason: String!) {\n\t\tcorrectQiMeasureValue(measureId: $measureId, periodStart: $periodStart, value: $value, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n": types.CorrectQiMeasureValueDocument,
    "\n\tmutation SetQiMeasureChartSettings($measureId: ID!, $input: QiChartSettingsInput!) {\n\t\tsetQiMeasureChartSettings(measureId: $measureId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.SetQiMeasureChartSettingsDocument,
    "\n\tmutation RecordPdsaCycle($projectId: ID!, $input: PdsaCycleInput!) {\n\t\trecordPdsaCycle(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t\tsequence\n\t\t}\n\t}\n": types.RecordPdsaCycleDocument,
    "\n\tmutation UpdatePdsaCycle($id: ID!, $input: PdsaCycleInput!) {\n\t\tupdatePdsaCycle(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.UpdatePdsaCycleDocument,
    "\n\tmutation UpdateQiMeasure($id: ID!, $input: QiMeasureInput!) {\n\t\tupdateQiMeasure(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.UpdateQiMeasureDocument,
    "\n\tmutation AddQiAnnotation($projectId: ID!, $input: QiAnnotationInput!) {\n\t\taddQiAnnotation(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.AddQiAnnotationDocument,
    "\n\tmutation DeleteQiAnnotation($id: ID!) {\n\t\tdeleteQiAnnotation(id: $id)\n\t}\n": types.DeleteQiAnnotationDocument,
    "\n\tmutation RecordQiForumMeeting($input: QiForumMeetingInput!) {\n\t\trecordQiForumMeeting(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.RecordQiForumMeetingDocument,
    "\n\tquery QiProjects($filter: QiProjectFilter) {\n\t\tqiProjects(filter: $filter) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.QiProjectsDocument,
    "\n\tquery InvolvementOverTime {\n\t\tinvolvementOverTime {\n\t\t\tmonth\n\t\t\tactiveProjects\n\t\t\tinvolvedProjects\n\t\t\tbigIProjects\n\t\t\tlittleIProjects\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tbigIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tlittleIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t}\n": types.InvolvementOverTimeDocument,
    "\n\tquery QiProject($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\taim\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tinvolvementHistory {\n\t\t\t\teffectiveOn\n\t\t\t\tlevel\n\t\t\t}\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tspc {\n\t\t\t\t\t...SpcChart\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tsequence\n\t\t\t\tchangeIdea\n\t\t\t\tplan\n\t\t\t\tdo\n\t\t\t\tstudy\n\t\t\t\tact\n\t\t\t\tdecision\n\t\t\t\tstartedOn\n\t\t\t\tendedOn\n\t\t\t\tmeasures {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tannotations {\n\t\t\t\tid\n\t\t\t\tnotedOn\n\t\t\t\ttext\n\t\t\t\tmeasure {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.QiProjectDocument,
    "\n\tquery QiMeasureSpc($id: ID!, $options: SpcOptionsInput) {\n\t\tqiMeasure(id: $id) {\n\t\t\tid\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n": types.QiMeasureSpcDocument,
    "\n\tquery FilterOptions {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t\twards {\n\t\t\tcode\n\t\t\tname\n\t\t\tdeprivationDecile\n\t\t}\n\t\tageBands {\n\t\t\tcode\n\t\t\tminAge\n\t\t}\n\t\tethnicCategories {\n\t\t\tcode\n\t\t\tname\n\t\t\tbroadGroup\n\t\t}\n\t\treferralsPerMonth {\n\t\t\tmonth\n\t\t\tcount\n\t\t}\n\t}\n": types.FilterOptionsDocument,
    "\n\tquery ReferralFunnel($filter: ReferralFilter) {\n\t\treferralFunnel(filter: $filter) {\n\t\t\tdefinition\n\t\t\ttotalsNote\n\t\t\tstages {\n\t\t\t\tstage\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t\tofPrevious {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tlostFromPrevious\n\t\t\t}\n\t\t\tendings {\n\t\t\t\tending\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n": types.ReferralFunnelDocument,
    "\n\tquery ReferralsByProgramme($filter: ReferralFilter) {\n\t\treferralsByProgramme(filter: $filter) {\n\t\t\tcount\n\t\t\tsuppressed\n\t\t\tprogramme {\n\t\t\t\t...Programme\n\t\t\t}\n\t\t}\n\t}\n": types.ReferralsByProgrammeDocument,
    "\n\tquery BoardPackUptake($filter: ReferralFilter) {\n\t\tethnicGroup: uptake(dimension: ETHNIC_GROUP, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tageBand: uptake(dimension: AGE_BAND, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tdeprivation: uptake(dimension: DEPRIVATION_DECILE, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n": types.BoardPackUptakeDocument,
    "\n\tquery ServiceSpc($series: ServiceSeries!, $filter: ReferralFilter, $options: SpcOptionsInput) {\n\t\tserviceSpc(series: $series, filter: $filter, options: $options) {\n\t\t\t...SpcChart\n\t\t\ttotal {\n\t\t\t\tvalue\n\t\t\t\tsuppressed\n\t\t\t\treason\n\t\t\t\tnote\n\t\t\t}\n\t\t}\n\t}\n": types.ServiceSpcDocument,
    "\n\tfragment IntervalEstimate on IntervalEstimate {\n\t\testimate\n\t\tlower\n\t\tupper\n\t\treason\n\t}\n": types.IntervalEstimateFragmentDoc,
    "\n\tfragment Uptake on Uptake {\n\t\tdimension\n\t\tdefinitions {\n\t\t\tdimension\n\t\t\tshare\n\t\t\tpopulationShare\n\t\t\tgap\n\t\t\trate\n\t\t\tstandardisedRate\n\t\t\tfunnel\n\t\t\tunderRepresented\n\t\t\tunstated\n\t\t}\n\t\teligibleMinAge\n\t\teligibleMaxAge\n\t\teligibleAgeBands\n\t\trateYears\n\t\ttotalReferrals\n\t\tstatedReferrals\n\t\ttotalPopulation\n\t\tunstated {\n\t\t\tlabels\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t\tgroups {\n\t\t\tkey\n\t\t\tlabel\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tpopulation\n\t\t\tpopulationShare\n\t\t\tgapPoints\n\t\t\trepresentationRatio\n\t\t\tgap {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tratio {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\treferralRate {\n\t\t\t\t...Rate\n\t\t\t}\n\t\t\tstandardisedRate {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tunderRepresented\n\t\t\tstartRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tstartComparison\n\t\t\tcompletionRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcompletionComparison\n\t\t\treason\n\t\t}\n\t}\n": types.UptakeFragmentDoc,
    "\n\tquery Uptake($dimension: UptakeDimension!, $filter: ReferralFilter) {\n\t\tchosen: uptake(dimension: $dimension, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\twards: uptake(dimension: WARD, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n": types.UptakeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment Viewer on CurrentUser {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\tcanReadRecords\n\t\tcanAdminister\n\t\tfigures\n\t\tprogrammeIds\n\t\tcontractIds\n\t\tqiProjectIds\n\t\tisDemo\n\t}\n"): typeof import('./graphql').ViewerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery WhoAmI {\n\t\tme {\n\t\t\t...Viewer\n\t\t}\n\t\tpublishedView\n\t}\n"): typeof import('./graphql').WhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SignIn($email: String!, $password: String!) {\n\t\tsignIn(email: $email, password: $password) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t\tuser {\n\t\t\t\t...Viewer\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SignOut {\n\t\tsignOut\n\t}\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SignInWithSingleSignOn($idToken: String!, $nonce: String!) {\n\t\tsignInWithSingleSignOn(idToken: $idToken, nonce: $nonce) {\n\t\t\ttoken\n\t\t\texpiresAt\n\t\t}\n\t}\n"): typeof import('./graphql').SignInWithSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ApiToken on ApiTokenInfo {\n\t\tid\n\t\tname\n\t\tcreatedAt\n\t\texpiresAt\n\t\trevokedAt\n\t\tlastUsedAt\n\t}\n"): typeof import('./graphql').ApiTokenFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyApiTokens {\n\t\tmyApiTokens {\n\t\t\t...ApiToken\n\t\t}\n\t}\n"): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n\t\tcreateApiToken(name: $name, expiresInDays: $expiresInDays) {\n\t\t\tsecret\n\t\t\ttoken {\n\t\t\t\t...ApiToken\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment UserAccount on UserAccount {\n\t\tid\n\t\temail\n\t\tdisplayName\n\t\trole\n\t\trecordAccess\n\t\tisDemo\n\t\thasPassword\n\t\thasSingleSignOn\n\t\tdisabledAt\n\t\tcreatedAt\n\t\tscopes {\n\t\t\tkind\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UserAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Users {\n\t\tusers {\n\t\t\t...UserAccount\n\t\t}\n\t\tpublishedView\n\t}\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateUser($input: NewUserInput!) {\n\t\tcreateUser(input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateUser($id: ID!, $input: UserChangeInput!) {\n\t\tupdateUser(id: $id, input: $input) {\n\t\t\tid\n\t\t\temail\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SetPublishedView($enabled: Boolean!) {\n\t\tsetPublishedView(enabled: $enabled)\n\t}\n"): typeof import('./graphql').SetPublishedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ScopeChoices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tprogrammes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t}\n\t\tqiProjects {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n"): typeof import('./graphql').ScopeChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AuditLog($filter: AuditFilter, $first: Int!, $before: ID) {\n\t\tauditLog(filter: $filter, first: $first, before: $before) {\n\t\t\tid\n\t\t\tat\n\t\t\tuserId\n\t\t\tactor\n\t\t\taction\n\t\t\toperation\n\t\t\tdetail\n\t\t\trowCount\n\t\t}\n\t}\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment Proportion on Proportion {\n\t\tnumerator\n\t\tdenominator\n\t\testimate\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n"): typeof import('./graphql').ProportionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment Rate on Rate {\n\t\tcount\n\t\tdenominator\n\t\tratePer1000\n\t\tlower\n\t\tupper\n\t\tsuppressed\n\t\treason\n\t}\n"): typeof import('./graphql').RateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SpcPoint on SpcPoint {\n\t\tperiod\n\t\tlabel\n\t\tvalue\n\t\tmean\n\t\tupperLimit\n\t\tlowerLimit\n\t\tupperTwoSigma\n\t\tlowerTwoSigma\n\t\tspecialCause\n\t\trules\n\t\tconflict\n\t\tghosted\n\t\trebase\n\t\tlower\n\t\tupper\n\t\tnumerator\n\t\tdenominator\n\t}\n"): typeof import('./graphql').SpcPointFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SpcChart on SpcChart {\n\t\tkind\n\t\tdirection\n\t\ttarget\n\t\tvariation\n\t\tassurance\n\t\treason\n\t\tdefinition\n\t\tpoints {\n\t\t\t...SpcPoint\n\t\t}\n\t\tmarkers {\n\t\t\tkind\n\t\t\tmark\n\t\t\tdate\n\t\t\tdateLabel\n\t\t\tpointIndex\n\t\t\ttext\n\t\t}\n\t\tsuggestedRebase {\n\t\t\tperiod\n\t\t\tlabel\n\t\t\tlength\n\t\t\treason\n\t\t}\n\t}\n"): typeof import('./graphql').SpcChartFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Contracts {\n\t\tcontracts {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tstartsOn\n\t\t\tendsOn\n\t\t\textensionEndsOn\n\t\t\tcommissioner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tproviders {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ContractKpis($contractCode: String!, $options: SpcOptionsInput) {\n\t\tcontractKpis(contractCode: $contractCode) {\n\t\t\tkpi {\n\t\t\t\tid\n\t\t\t\tcode\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttolerance\n\t\t\t\tperiod\n\t\t\t}\n\t\t\tquarters {\n\t\t\t\tperiodStart\n\t\t\t\tlabel\n\t\t\t\tactual\n\t\t\t\ttarget\n\t\t\t\trag\n\t\t\t\treason\n\t\t\t\tsuppressed\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t}\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ContractKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DataCoverage {\n\t\tdataCoverage {\n\t\t\tlastReferralOn\n\t\t\trollupsRefreshedAt\n\t\t\tlatestCompleteFinancialYear\n\t\t\tdefinition\n\t\t}\n\t}\n"): typeof import('./graphql').DataCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ImportRun on ImportRun {\n\t\tid\n\t\tkind\n\t\tfileName\n\t\tsha256\n\t\timportedBy\n\t\tstartedAt\n\t\tfinishedAt\n\t\tstatus\n\t\tmessage\n\t\trowsRead\n\t\tinserted\n\t\tupdated\n\t\tunchanged\n\t\tquarantined\n\t}\n"): typeof import('./graphql').ImportRunFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ImportFile($kind: ImportKind!, $file: Upload!) {\n\t\timportFile(kind: $kind, file: $file) {\n\t\t\t...ImportRun\n\t\t}\n\t}\n"): typeof import('./graphql').ImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ImportPage($first: Int) {\n\t\timportRuns(first: $first) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\t...ImportRun\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ImportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ImportTemplates {\n\t\timportTemplates {\n\t\t\tkind\n\t\t\tsheet\n\t\t\tdescription\n\t\t\tmayImport\n\t\t\tcolumns {\n\t\t\t\tname\n\t\t\t\ttype\n\t\t\t\trequired\n\t\t\t\tcodes\n\t\t\t\tdescription\n\t\t\t\texample\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ImportTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ImportQuarantine($runId: ID!, $first: Int, $after: String) {\n\t\timportRun(id: $runId) {\n\t\t\t...ImportRun\n\t\t}\n\t\timportQuarantine(runId: $runId, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\trowNumber\n\t\t\t\t\trow\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ImportQuarantineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery OutcomeHeadlines($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\theadlines {\n\t\t\t\tkey\n\t\t\t\ttitle\n\t\t\t\tdefinition\n\t\t\t\tkind\n\t\t\t\testimate\n\t\t\t\tlower\n\t\t\t\tupper\n\t\t\t\tnumerator\n\t\t\t\tdenominator\n\t\t\t\tpairs\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tlost\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').OutcomeHeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery OutcomeInstruments($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomeSummary(filter: $filter, timepoint: $timepoint) {\n\t\t\ttimepoint\n\t\t\tpairing\n\t\t\tinstruments {\n\t\t\t\tinstrument {\n\t\t\t\t\tcode\n\t\t\t\t\tname\n\t\t\t\t\thigherIsBetter\n\t\t\t\t\tminScore\n\t\t\t\t\tmaxScore\n\t\t\t\t}\n\t\t\t\tdefinition\n\t\t\t\tstarters\n\t\t\t\tcompleters\n\t\t\t\tpairs\n\t\t\t\tlost\n\t\t\t\timproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeaningfullyImproved {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tmeanChange {\n\t\t\t\t\tn\n\t\t\t\t\tmeanBefore\n\t\t\t\t\tmeanAfter\n\t\t\t\t\tmeanChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\trelativeChange {\n\t\t\t\t\tn\n\t\t\t\t\ttotalBefore\n\t\t\t\t\ttotalAfter\n\t\t\t\t\trelativeChange\n\t\t\t\t\tlower\n\t\t\t\t\tupper\n\t\t\t\t\treason\n\t\t\t\t}\n\t\t\t\tachievingThreshold {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tthresholdLabel\n\t\t\t\tdistribution {\n\t\t\t\t\tfrom\n\t\t\t\t\tto\n\t\t\t\t\tbefore\n\t\t\t\t\tafter\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').OutcomeInstrumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {\n\t\toutcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter, timepoint: $timepoint) {\n\t\t\tkey\n\t\t\tlabel\n\t\t\timproved {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcomparison\n\t\t\tdefinition\n\t\t}\n\t}\n"): typeof import('./graphql').OutcomesByGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery OutreachEvents($filter: OutreachEventFilter, $after: String, $first: Int) {\n\t\toutreachEvents(filter: $filter, after: $after, first: $first) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t}\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\ttitle\n\t\t\t\t\theldOn\n\t\t\t\t\tkind\n\t\t\t\t\tcommunity\n\t\t\t\t\tattendance\n\t\t\t\t\treferralCount\n\t\t\t\t\tward {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').OutreachEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment Programme on Programme {\n\t\tid\n\t\tcode\n\t\tname\n\t\tservice {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').ProgrammeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Programmes {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t}\n"): typeof import('./graphql').ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiProjectEdit($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tversion\n\t\t\tcanEdit\n\t\t\tprogressScoredOn\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tchart\n\t\t\t\tunit\n\t\t\t\tdefinition: description\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tchartSettings {\n\t\t\t\t\ttarget\n\t\t\t\t\trebases {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t\tghosts {\n\t\t\t\t\t\tat\n\t\t\t\t\t\treason\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\tvalues {\n\t\t\t\t\tperiodStart\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tshowOnServiceCharts\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').QiProjectEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiServices {\n\t\tservices {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').QiServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiForumMeetings {\n\t\tqiForumMeetings {\n\t\t\tid\n\t\t\theldOn\n\t\t\tnotes\n\t\t\tstaffAttendees\n\t\t\tserviceUserCarerAttendees\n\t\t\tprojectsDiscussed {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').QiForumMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateQiProject($input: QiProjectInput!) {\n\t\tcreateQiProject(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').CreateQiProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateQiProject($id: ID!, $version: Int!, $input: QiProjectInput!) {\n\t\tupdateQiProject(id: $id, version: $version, input: $input) {\n\t\t\tid\n\t\t\tversion\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateQiProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation AddQiMeasure($projectId: ID!, $input: QiMeasureInput!) {\n\t\taddQiMeasure(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').AddQiMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RecordQiMeasureValues($measureId: ID!, $values: [QiMeasureValueInput!]!, $replace: Boolean!, $reason: String) {\n\t\trecordQiMeasureValues(measureId: $measureId, values: $values, replace: $replace, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').RecordQiMeasureValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CorrectQiMeasureValue($measureId: ID!, $periodStart: LocalDate!, $value: Float!, $reason: String!) {\n\t\tcorrectQiMeasureValue(measureId: $measureId, periodStart: $periodStart, value: $value, reason: $reason) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').CorrectQiMeasureValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SetQiMeasureChartSettings($measureId: ID!, $input: QiChartSettingsInput!) {\n\t\tsetQiMeasureChartSettings(measureId: $measureId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').SetQiMeasureChartSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RecordPdsaCycle($projectId: ID!, $input: PdsaCycleInput!) {\n\t\trecordPdsaCycle(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t\tsequence\n\t\t}\n\t}\n"): typeof import('./graphql').RecordPdsaCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdatePdsaCycle($id: ID!, $input: PdsaCycleInput!) {\n\t\tupdatePdsaCycle(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UpdatePdsaCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateQiMeasure($id: ID!, $input: QiMeasureInput!) {\n\t\tupdateQiMeasure(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateQiMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation AddQiAnnotation($projectId: ID!, $input: QiAnnotationInput!) {\n\t\taddQiAnnotation(projectId: $projectId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').AddQiAnnotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteQiAnnotation($id: ID!) {\n\t\tdeleteQiAnnotation(id: $id)\n\t}\n"): typeof import('./graphql').DeleteQiAnnotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RecordQiForumMeeting($input: QiForumMeetingInput!) {\n\t\trecordQiForumMeeting(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').RecordQiForumMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiProjects($filter: QiProjectFilter) {\n\t\tqiProjects(filter: $filter) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').QiProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InvolvementOverTime {\n\t\tinvolvementOverTime {\n\t\t\tmonth\n\t\t\tactiveProjects\n\t\t\tinvolvedProjects\n\t\t\tbigIProjects\n\t\t\tlittleIProjects\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tbigIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tlittleIShare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').InvolvementOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiProject($id: ID!) {\n\t\tqiProject(id: $id) {\n\t\t\tid\n\t\t\tcode\n\t\t\ttitle\n\t\t\tteam\n\t\t\taim\n\t\t\tstatus\n\t\t\tprogressScore\n\t\t\tinvolvementLevel\n\t\t\tstartedOn\n\t\t\tendedOn\n\t\t\tservice {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tinvolvementHistory {\n\t\t\t\teffectiveOn\n\t\t\t\tlevel\n\t\t\t}\n\t\t\tmeasures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tunit\n\t\t\t\tdirection\n\t\t\t\ttarget\n\t\t\t\tspc {\n\t\t\t\t\t...SpcChart\n\t\t\t\t}\n\t\t\t}\n\t\t\tpdsaCycles {\n\t\t\t\tid\n\t\t\t\tsequence\n\t\t\t\tchangeIdea\n\t\t\t\tplan\n\t\t\t\tdo\n\t\t\t\tstudy\n\t\t\t\tact\n\t\t\t\tdecision\n\t\t\t\tstartedOn\n\t\t\t\tendedOn\n\t\t\t\tmeasures {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tannotations {\n\t\t\t\tid\n\t\t\t\tnotedOn\n\t\t\t\ttext\n\t\t\t\tmeasure {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').QiProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery QiMeasureSpc($id: ID!, $options: SpcOptionsInput) {\n\t\tqiMeasure(id: $id) {\n\t\t\tid\n\t\t\tspc(options: $options) {\n\t\t\t\t...SpcChart\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').QiMeasureSpcDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery FilterOptions {\n\t\tprogrammes {\n\t\t\t...Programme\n\t\t}\n\t\twards {\n\t\t\tcode\n\t\t\tname\n\t\t\tdeprivationDecile\n\t\t}\n\t\tageBands {\n\t\t\tcode\n\t\t\tminAge\n\t\t}\n\t\tethnicCategories {\n\t\t\tcode\n\t\t\tname\n\t\t\tbroadGroup\n\t\t}\n\t\treferralsPerMonth {\n\t\t\tmonth\n\t\t\tcount\n\t\t}\n\t}\n"): typeof import('./graphql').FilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ReferralFunnel($filter: ReferralFilter) {\n\t\treferralFunnel(filter: $filter) {\n\t\t\tdefinition\n\t\t\ttotalsNote\n\t\t\tstages {\n\t\t\t\tstage\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t\tofPrevious {\n\t\t\t\t\t...Proportion\n\t\t\t\t}\n\t\t\t\tlostFromPrevious\n\t\t\t}\n\t\t\tendings {\n\t\t\t\tending\n\t\t\t\tlabel\n\t\t\t\treferrals\n\t\t\t\treason\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ReferralFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ReferralsByProgramme($filter: ReferralFilter) {\n\t\treferralsByProgramme(filter: $filter) {\n\t\t\tcount\n\t\t\tsuppressed\n\t\t\tprogramme {\n\t\t\t\t...Programme\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ReferralsByProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery BoardPackUptake($filter: ReferralFilter) {\n\t\tethnicGroup: uptake(dimension: ETHNIC_GROUP, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tageBand: uptake(dimension: AGE_BAND, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\tdeprivation: uptake(dimension: DEPRIVATION_DECILE, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n"): typeof import('./graphql').BoardPackUptakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ServiceSpc($series: ServiceSeries!, $filter: ReferralFilter, $options: SpcOptionsInput) {\n\t\tserviceSpc(series: $series, filter: $filter, options: $options) {\n\t\t\t...SpcChart\n\t\t\ttotal {\n\t\t\t\tvalue\n\t\t\t\tsuppressed\n\t\t\t\treason\n\t\t\t\tnote\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ServiceSpcDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment IntervalEstimate on IntervalEstimate {\n\t\testimate\n\t\tlower\n\t\tupper\n\t\treason\n\t}\n"): typeof import('./graphql').IntervalEstimateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment Uptake on Uptake {\n\t\tdimension\n\t\tdefinitions {\n\t\t\tdimension\n\t\t\tshare\n\t\t\tpopulationShare\n\t\t\tgap\n\t\t\trate\n\t\t\tstandardisedRate\n\t\t\tfunnel\n\t\t\tunderRepresented\n\t\t\tunstated\n\t\t}\n\t\teligibleMinAge\n\t\teligibleMaxAge\n\t\teligibleAgeBands\n\t\trateYears\n\t\ttotalReferrals\n\t\tstatedReferrals\n\t\ttotalPopulation\n\t\tunstated {\n\t\t\tlabels\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t}\n\t\tgroups {\n\t\t\tkey\n\t\t\tlabel\n\t\t\treferrals\n\t\t\tshare {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tpopulation\n\t\t\tpopulationShare\n\t\t\tgapPoints\n\t\t\trepresentationRatio\n\t\t\tgap {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tratio {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\treferralRate {\n\t\t\t\t...Rate\n\t\t\t}\n\t\t\tstandardisedRate {\n\t\t\t\t...IntervalEstimate\n\t\t\t}\n\t\t\tunderRepresented\n\t\t\tstartRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tstartComparison\n\t\t\tcompletionRate {\n\t\t\t\t...Proportion\n\t\t\t}\n\t\t\tcompletionComparison\n\t\t\treason\n\t\t}\n\t}\n"): typeof import('./graphql').UptakeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Uptake($dimension: UptakeDimension!, $filter: ReferralFilter) {\n\t\tchosen: uptake(dimension: $dimension, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t\twards: uptake(dimension: WARD, filter: $filter) {\n\t\t\t...Uptake\n\t\t}\n\t}\n"): typeof import('./graphql').UptakeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
