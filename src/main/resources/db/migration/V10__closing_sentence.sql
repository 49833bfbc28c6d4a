-- The closing sentence of a directive ("Yêu cầu các … thực hiện./."), printed after the tasks; null for
-- directives drafted before it had its own field.
alter table directive add column closing text;
