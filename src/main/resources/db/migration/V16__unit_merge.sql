-- A unit merged into another (the 2025 mergers) stays, closed, so history keeps its name; its rows that could not
-- move (the successor received the same directive) follow the successor through this link.
alter table unit add column merged_into_id bigint references unit (id);
alter table unit add column closed_at timestamp;
