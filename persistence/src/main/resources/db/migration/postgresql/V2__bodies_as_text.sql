-- Event and push bodies move from large objects into their rows, as text. hbm2ddl had made them oid
-- columns pointing at large objects: each one stored apart from its row, left behind when the row is
-- deleted (every sent push), and unreadable outside a transaction (Herald's history reads run without one).
-- Each body is read out of its large object, which is then removed; the rows keep their ids and order.

alter table herald_event rename column body to body_oid;
alter table herald_event add column body text;
update herald_event set body = convert_from(lo_get(body_oid), 'UTF8');
select lo_unlink(body_oid) from herald_event;
alter table herald_event drop column body_oid;
alter table herald_event alter column body set not null;

alter table chat_fcm_outbox rename column body to body_oid;
alter table chat_fcm_outbox add column body text;
update chat_fcm_outbox set body = convert_from(lo_get(body_oid), 'UTF8');
select lo_unlink(body_oid) from chat_fcm_outbox;
alter table chat_fcm_outbox drop column body_oid;
alter table chat_fcm_outbox alter column body set not null;
