-- Hirekit's event store: one table of events for roles and applications, the candidates as
-- documents, an index from applications to their role and candidate, and the stored responses of
-- idempotent requests. Plain SQL that H2 and PostgreSQL both accept.

create table events (
  aggregate_type  varchar(16)   not null,
  aggregate_id    varchar(128)  not null,
  sequence_number bigint        not null,
  type_name       varchar(64)   not null,
  occurred_at     timestamp with time zone not null,
  actor           varchar(160)  not null,
  payload         varchar(1000000) not null,
  constraint events_key primary key (aggregate_type, aggregate_id, sequence_number)
);

create table candidates (
  id       varchar(128)  not null primary key,
  document varchar(1000000) not null
);

create table application_index (
  application_id varchar(128) not null primary key,
  role_id        varchar(128) not null,
  candidate_id   varchar(128) not null
);

create index application_index_role on application_index (role_id);

create table idempotent_requests (
  caller          varchar(160) not null,
  idempotency_key varchar(200) not null,
  request_hash    varchar(64)  not null,
  status          integer      not null,
  etag            varchar(40),
  location        varchar(400),
  body            varchar(1000000),
  constraint idempotent_requests_key primary key (caller, idempotency_key)
);
