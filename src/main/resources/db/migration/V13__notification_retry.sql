-- The outbox sender retries a failed mail after a wait; null means due at once.
alter table notification add column next_attempt_at timestamp;
create index ix_notification_due on notification (status, next_attempt_at);
