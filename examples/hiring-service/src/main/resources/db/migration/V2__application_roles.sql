-- Every role an application has been on: the one it applied to and each a transfer took it to,
-- so that a role's report still counts the applications that left it (application_index holds
-- the role an application is on now, for the board). Filled from the index: before transfers, an
-- application had been on its current role only.

create table application_roles (
  role_id        varchar(128) not null,
  application_id varchar(128) not null,
  constraint application_roles_key primary key (role_id, application_id)
);

insert into application_roles (role_id, application_id)
  select role_id, application_id from application_index;
