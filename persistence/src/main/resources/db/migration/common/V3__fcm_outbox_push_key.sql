-- A push waiting in the FCM outbox is enqueued once: a redelivered chat message finds its push's key
-- taken. Rows written before this version have no key (null), which the unique constraint allows.
alter table chat_fcm_outbox add column push_key varchar(64);
alter table chat_fcm_outbox add constraint uk_chat_fcm_outbox_push_key unique (push_key);
