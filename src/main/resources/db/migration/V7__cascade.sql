-- A unit implements a directive with its own: the child directive records which recipient (parent
-- directive and unit) it answers, and its result becomes that recipient's report.
alter table directive add column parent_recipient_id bigint references recipient (id);
alter table report add column child_directive_id bigint references directive (id);
