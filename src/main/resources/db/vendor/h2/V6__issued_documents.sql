-- The issued document (PDF, DOCX) stored with its directive. Binary types differ by database.
create table directive_document (
    directive_id  bigint        not null references directive (id),
    format        varchar(8)    not null,
    file_name     varchar(255)  not null,
    content       blob          not null,
    created_at    timestamp     not null,
    primary key (directive_id, format)
);
