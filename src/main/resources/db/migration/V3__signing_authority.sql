-- Who may sign for an issuing body, with the position printed in the signing block.
-- A cấp ủy signs "T/M BAN THƯỜNG VỤ"; a Ban signs as "TRƯỞNG BAN" or "K/T TRƯỞNG BAN" by a deputy.
alter table unit add column body_kind varchar(16) default 'CAP_UY' not null;

create table signer (
    user_id    varchar(64)  not null,
    issuer_id  bigint       not null references unit (id),
    position   varchar(64)  not null,
    primary key (user_id, issuer_id)
);

alter table directive add column signing_authority varchar(64);
alter table directive add column signer_position varchar(64);
