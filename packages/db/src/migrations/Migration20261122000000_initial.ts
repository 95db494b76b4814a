import { Migration } from '@mikro-orm/migrations';

/**
 * The whole data model of DOMAIN.md §1. Rules that protect stored data (ranges, allowed
 * values, step order) live here as constraints so that no writer, ORM or bulk COPY,
 * can store what the domain forbids.
 */
export class Migration20261122000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(CODE_LISTS);
    this.addSql(ORGANISATIONS_AND_CONTRACTS);
    this.addSql(PEOPLE_AND_REFERRALS);
    this.addSql(OUTCOMES);
    this.addSql(QUALITY_IMPROVEMENT);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists qi_forum_meeting, qi_annotation, pdsa_cycle_measure, pdsa_cycle,
        qi_measure_value, qi_measure, qi_project_involvement, qi_project,
        outcome_measurement, attendance, referral_status_event, referral, outreach_event,
        person, population, programme_venue, venue, programme, service,
        kpi_value, kpi_target, kpi, contract_provider, contract, organisation,
        instrument, age_band, referral_source, ethnic_category, ward cascade;
      drop function if exists item_total(smallint[]);`);
  }
}

const CODE_LISTS = `
create table ward (
  code text primary key check (code ~ '^[A-Z0-9]{2,12}$'),
  name text not null unique check (length(name) between 1 and 100),
  deprivation_decile smallint check (deprivation_decile between 1 and 10)
);

create table ethnic_category (
  code text primary key check (code ~ '^([A-HJ-NPRSZ]|99)$'),
  name text not null unique,
  broad_group text not null check (broad_group in ('White','Mixed','Asian','Black','Other','Not stated','Not known')),
  sort_order smallint not null unique
);
insert into ethnic_category (code, name, broad_group, sort_order) values
  ('A','White British','White',1), ('B','White Irish','White',2), ('C','Any other White background','White',3),
  ('D','White and Black Caribbean','Mixed',4), ('E','White and Black African','Mixed',5),
  ('F','White and Asian','Mixed',6), ('G','Any other mixed background','Mixed',7),
  ('H','Indian','Asian',8), ('J','Pakistani','Asian',9), ('K','Bangladeshi','Asian',10),
  ('L','Any other Asian background','Asian',11),
  ('M','Caribbean','Black',12), ('N','African','Black',13), ('P','Any other Black background','Black',14),
  ('R','Chinese','Other',15), ('S','Any other ethnic group','Other',16),
  ('Z','Not stated','Not stated',17), ('99','Not known','Not known',18);

create table referral_source (
  code text primary key check (code in ('gp','hospital','community','social_care','self','other')),
  name text not null unique,
  sort_order smallint not null unique
);
insert into referral_source (code, name, sort_order) values
  ('gp','GP',1), ('hospital','Hospital (including A&E and falls clinic)',2),
  ('community','Community or voluntary group',3), ('social_care','Social care',4),
  ('self','Self-referral',5), ('other','Other',6);

create table age_band (
  code text primary key,
  min_age smallint not null check (min_age >= 0),
  max_age smallint check (max_age is null or max_age >= min_age),
  sort_order smallint not null unique
);
insert into age_band (code, min_age, max_age, sort_order) values
  ('0-15',0,15,1), ('16-24',16,24,2), ('25-34',25,34,3), ('35-44',35,44,4), ('45-54',45,54,5),
  ('55-64',55,64,6), ('65-74',65,74,7), ('75-84',75,84,8), ('85+',85,null,9);

create table instrument (
  code text primary key,
  name text not null unique,
  min_score numeric not null,
  max_score numeric not null check (max_score > min_score),
  item_count smallint check (item_count is null or item_count > 0),
  item_min smallint,
  item_max smallint,
  higher_is_better boolean,
  check ((item_count is null) = (item_min is null) and (item_count is null) = (item_max is null))
);
insert into instrument (code, name, min_score, max_score, item_count, item_min, item_max, higher_is_better) values
  ('swemwbs','Short Warwick-Edinburgh Mental Wellbeing Scale (raw total)',7,35,7,1,5,true),
  ('wemwbs','Warwick-Edinburgh Mental Wellbeing Scale',14,70,14,1,5,true),
  ('activity','Physical activity (moderate-equivalent minutes a week)',0,10080,null,null,null,true),
  ('gp_ae_visits','GP and A&E visits in the previous 3 months',0,200,null,null,null,false),
  ('gse','General Self-Efficacy Scale',10,40,10,1,4,true),
  ('fruit_veg','Fruit and vegetable portions a day',0,30,null,null,null,true),
  ('ons4_life','ONS4 life satisfaction',0,10,null,null,null,true),
  ('ons4_worthwhile','ONS4 things done are worthwhile',0,10,null,null,null,true),
  ('ons4_happy','ONS4 happiness yesterday',0,10,null,null,null,true),
  ('ons4_anxiety','ONS4 anxiety yesterday',0,10,null,null,null,false),
  ('phq9','PHQ-9 depression',0,27,9,0,3,false),
  ('gad7','GAD-7 anxiety',0,21,7,0,3,false),
  ('co_ppm','Carbon monoxide reading (ppm)',0,200,null,null,null,false);
`;

const ORGANISATIONS_AND_CONTRACTS = `
create table organisation (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('commissioner','provider'))
);

create table contract (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  title text not null,
  commissioner_id int not null references organisation(id),
  starts_on date not null,
  ends_on date not null,
  extension_ends_on date,
  check (ends_on > starts_on),
  check (extension_ends_on is null or extension_ends_on > ends_on)
);

create table contract_provider (
  contract_id int not null references contract(id) on delete cascade,
  organisation_id int not null references organisation(id),
  primary key (contract_id, organisation_id)
);

create table kpi (
  id serial primary key,
  contract_id int not null references contract(id) on delete cascade,
  code text not null check (code ~ '^[a-z0-9-]{2,40}$'),
  name text not null,
  description text not null,
  metric text not null check (metric in ('referrals','starts','completions','completion_rate',
    'start_rate','wellbeing_improved_rate','activity_improved_rate','bame_referral_share','median_wait_days','reported')),
  unit text not null check (unit in ('count','percent','days')),
  direction text not null check (direction in ('higher','lower')),
  period text not null default 'quarter' check (period in ('month','quarter','year')),
  tolerance numeric not null default 0 check (tolerance >= 0),
  unique (contract_id, code)
);

create table kpi_target (
  kpi_id int not null references kpi(id) on delete cascade,
  period_start date not null,
  target numeric not null,
  primary key (kpi_id, period_start)
);

-- Values a provider reports by hand for KPIs whose metric is 'reported'; the others are computed.
create table kpi_value (
  kpi_id int not null references kpi(id) on delete cascade,
  period_start date not null,
  value numeric not null,
  primary key (kpi_id, period_start)
);

create table service (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  name text not null unique,
  description text not null default '',
  provider_id int not null references organisation(id)
);

create table programme (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  name text not null unique,
  description text not null default '',
  service_id int not null references service(id),
  duration_weeks smallint not null check (duration_weeks between 1 and 104),
  sessions_per_week smallint not null default 1 check (sessions_per_week between 1 and 7),
  fee_pence int not null default 0 check (fee_pence >= 0),
  opened_on date not null,
  closed_on date,
  check (closed_on is null or closed_on > opened_on)
);
create index programme_service_idx on programme(service_id);

create table venue (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  name text not null unique,
  kind text not null check (kind in ('community_centre','leisure_centre','clinic','place_of_worship','other')),
  ward_code text not null references ward(code)
);

create table programme_venue (
  programme_id int not null references programme(id) on delete cascade,
  venue_id int not null references venue(id),
  primary key (programme_id, venue_id)
);

create table population (
  year smallint not null check (year between 2000 and 2100),
  ward_code text not null references ward(code),
  ethnic_code text not null references ethnic_category(code),
  age_band text not null references age_band(code),
  sex text not null check (sex in ('female','male')),
  residents int not null check (residents >= 0),
  primary key (year, ward_code, ethnic_code, age_band, sex)
);
`;

const PEOPLE_AND_REFERRALS = `
create table person (
  id bigserial primary key,
  pseudonym text not null unique check (pseudonym ~ '^[0-9a-f]{64}$'),
  birth_year smallint not null check (birth_year between 1900 and 2100),
  sex text not null check (sex in ('female','male','other','not_stated')),
  ethnic_code text not null references ethnic_category(code),
  ward_code text references ward(code),
  lsoa_code text check (lsoa_code ~ '^E01[0-9]{6}$'),
  deprivation_decile smallint check (deprivation_decile between 1 and 10),
  conditions text[] not null default '{}' check (conditions <@ array['cancer','stroke','mental_health',
    'cardiovascular','neurological','respiratory','diabetes','msk']::text[])
);
create index person_ward_idx on person(ward_code);
create index person_ethnic_idx on person(ethnic_code);

create table outreach_event (
  id serial primary key,
  held_on date not null,
  title text not null,
  kind text not null check (kind in ('community_event','festival','faith_talk','health_fair','other')),
  ward_code text references ward(code),
  community text not null default '',
  attendance int not null check (attendance >= 0)
);
create index outreach_event_held_on_idx on outreach_event(held_on);

create table referral (
  id bigserial primary key,
  person_id bigint not null references person(id),
  programme_id int not null references programme(id),
  source_code text not null references referral_source(code),
  outreach_event_id int references outreach_event(id),
  received_on date not null,
  reason text not null default '',
  conditions text[] not null default '{}' check (conditions <@ array['cancer','stroke','mental_health',
    'cardiovascular','neurological','respiratory','diabetes','msk']::text[]),
  status text not null check (status in ('received','assessed','started','completed','declined','did_not_start','dropped_out')),
  assessed_on date check (assessed_on >= received_on),
  started_on date check (started_on >= received_on and (assessed_on is null or started_on >= assessed_on)),
  ended_on date check (ended_on >= received_on and (started_on is null or ended_on >= started_on)),
  -- The current step must have the dates its path needs: a completed referral has started, and so on.
  check (status not in ('started','completed','dropped_out') or started_on is not null),
  check (status not in ('completed','declined','did_not_start','dropped_out') or ended_on is not null),
  check (status not in ('received','assessed','started') or ended_on is null),
  check (status <> 'received' or (assessed_on is null and started_on is null)),
  check (status <> 'assessed' or assessed_on is not null)
);
create index referral_received_idx on referral(received_on);
create index referral_person_idx on referral(person_id);
create index referral_programme_received_idx on referral(programme_id, received_on);
create index referral_source_idx on referral(source_code);
create index referral_status_idx on referral(status);
create index referral_outreach_idx on referral(outreach_event_id) where outreach_event_id is not null;

create table referral_status_event (
  referral_id bigint not null references referral(id) on delete cascade,
  status text not null check (status in ('received','assessed','started','completed','declined','did_not_start','dropped_out')),
  occurred_on date not null,
  primary key (referral_id, status)
);

create table attendance (
  referral_id bigint not null references referral(id) on delete cascade,
  session_on date not null,
  venue_id int not null references venue(id),
  attended boolean not null,
  primary key (referral_id, session_on)
);
create index attendance_venue_idx on attendance(venue_id);
`;

const OUTCOMES = `
-- The sum of a questionnaire's item answers, in a function because a check constraint cannot hold a subquery.
create function item_total(items smallint[]) returns bigint
  language sql immutable strict parallel safe
  as $$ select sum(item) from unnest(items) as item $$;

create table outcome_measurement (
  id bigserial primary key,
  referral_id bigint not null references referral(id) on delete cascade,
  instrument_code text not null references instrument(code),
  timepoint text not null check (timepoint in ('baseline','end','follow_up_6m','follow_up_12m')),
  measured_on date not null,
  score numeric not null,
  items smallint[],
  unique (referral_id, instrument_code, timepoint),
  -- Score ranges per instrument (DOMAIN.md §2), repeated from the instrument table because a
  -- check constraint cannot look at another table.
  check (case instrument_code
    when 'swemwbs' then score between 7 and 35 and score = trunc(score)
    when 'wemwbs' then score between 14 and 70 and score = trunc(score)
    when 'activity' then score between 0 and 10080
    when 'gp_ae_visits' then score between 0 and 200 and score = trunc(score)
    when 'gse' then score between 10 and 40 and score = trunc(score)
    when 'fruit_veg' then score between 0 and 30
    when 'phq9' then score between 0 and 27 and score = trunc(score)
    when 'gad7' then score between 0 and 21 and score = trunc(score)
    when 'co_ppm' then score between 0 and 200
    else score between 0 and 10 and score = trunc(score) end),
  -- Item answers, where given, must be the instrument's number of items, none blank, each in range, adding up to the score.
  check (items is null or (array_position(items, null) is null and item_total(items) = score and case instrument_code
    when 'swemwbs' then cardinality(items) = 7 and 1 <= all(items) and 5 >= all(items)
    when 'wemwbs' then cardinality(items) = 14 and 1 <= all(items) and 5 >= all(items)
    when 'gse' then cardinality(items) = 10 and 1 <= all(items) and 4 >= all(items)
    when 'phq9' then cardinality(items) = 9 and 0 <= all(items) and 3 >= all(items)
    when 'gad7' then cardinality(items) = 7 and 0 <= all(items) and 3 >= all(items)
    else false end))
);
create index outcome_instrument_idx on outcome_measurement(instrument_code, timepoint);
`;

const QUALITY_IMPROVEMENT = `
create table qi_project (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  title text not null,
  team text not null,
  aim text not null,
  service_id int references service(id),
  started_on date not null,
  ended_on date check (ended_on >= started_on),
  status text not null check (status in ('planning','testing','implementing','sustaining','closed')),
  progress_score numeric(2,1) not null check (progress_score between 0.5 and 5.0 and progress_score * 2 = trunc(progress_score * 2))
);

-- Involvement changes over a project's life, so it is kept as dated history (DOMAIN.md §1, §8).
create table qi_project_involvement (
  project_id int not null references qi_project(id) on delete cascade,
  effective_on date not null,
  level text not null check (level in ('big_i','little_i','none')),
  primary key (project_id, effective_on)
);

create table qi_measure (
  id serial primary key,
  project_id int not null references qi_project(id) on delete cascade,
  name text not null,
  description text not null default '',
  unit text not null,
  direction text not null check (direction in ('increase','decrease','neither')),
  target numeric,
  chart text not null default 'xmr' check (chart in ('xmr','t')),
  unique (project_id, name)
);

create table qi_measure_value (
  measure_id int not null references qi_measure(id) on delete cascade,
  period_start date not null,
  value numeric not null,
  ghosted boolean not null default false,
  rebase boolean not null default false,
  primary key (measure_id, period_start)
);

create table pdsa_cycle (
  id serial primary key,
  project_id int not null references qi_project(id) on delete cascade,
  sequence smallint not null check (sequence >= 1),
  change_idea text not null,
  plan text not null,
  do_notes text not null default '',
  study text not null default '',
  act text not null default '' ,
  decision text check (decision in ('adopt','adapt','abandon')),
  started_on date not null,
  ended_on date check (ended_on >= started_on),
  unique (project_id, sequence)
);

create table pdsa_cycle_measure (
  cycle_id int not null references pdsa_cycle(id) on delete cascade,
  measure_id int not null references qi_measure(id) on delete cascade,
  primary key (cycle_id, measure_id)
);

create table qi_annotation (
  id serial primary key,
  project_id int not null references qi_project(id) on delete cascade,
  measure_id int references qi_measure(id) on delete cascade,
  noted_on date not null,
  text text not null check (length(text) between 1 and 500)
);
create index qi_annotation_project_idx on qi_annotation(project_id);

create table qi_forum_meeting (
  id serial primary key,
  held_on date not null unique,
  staff_attendees smallint not null check (staff_attendees >= 0),
  service_user_carer_attendees smallint not null check (service_user_carer_attendees >= 0),
  notes text not null default ''
);
`;
