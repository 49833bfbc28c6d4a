-- What each process instance works for, bound when it starts and read by its instance id (never from a
-- variable, which a user completing a task could write).
-- A directive process (Công văn, Kế hoạch, Hướng dẫn): who asked for it (its drafter) and, when a unit implements
-- its parent directive by this one, the recipient row it answers.
create table directive_request (
    process_instance_id  varchar(64)  primary key,
    requested_by         varchar(64),
    parent_recipient_id  bigint references recipient (id)
);

-- The rounds of one recurring assignment of one unit.
create table recurring_work (
    process_instance_id  varchar(64)  primary key,
    recipient_id         bigint       not null references recipient (id),
    assignment_id        bigint       not null references assignment (id)
);

-- a unit-work instance finds its recipient row by its own id
create index ix_recipient_pi on recipient (process_instance_id);
