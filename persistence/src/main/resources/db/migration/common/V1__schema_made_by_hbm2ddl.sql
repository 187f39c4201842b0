-- Herald's schema as Hibernate's hbm2ddl made it before Herald had migrations (Hibernate 6.6, the
-- entities of that day), statement for statement: a database that hbm2ddl made is recorded as being at
-- this version without running it (Flyway's baseline), and one made by these migrations has the same
-- tables, columns, constraints, indexes and sequences, names included. Where hbm2ddl wrote different
-- SQL for H2 and PostgreSQL, a placeholder holds what it wrote for each (SchemaMigrations):
--   ${lob}               a @Lob string: H2 clob, PostgreSQL oid (a large object; text since V2)
--   ${transaction_kind}  an enum column: H2 enum (...), PostgreSQL varchar with a check

create sequence chat_fcm_outbox_SEQ start with 1 increment by 50;

create sequence chat_peer_link_SEQ start with 1 increment by 50;

create sequence herald_event_SEQ start with 1 increment by 50;

create sequence loom_ack_SEQ start with 1 increment by 50;

create sequence ob_notification_read_SEQ start with 1 increment by 50;

create table chat_access_token (
    token_sha256 varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone,
    revoked boolean not null,
    user_id bigint not null,
    primary key (token_sha256)
);

create table chat_device (
    fcm_token varchar(1000) not null,
    platform varchar(10) not null,
    registered_at timestamp(6) with time zone not null,
    user_id bigint not null,
    primary key (fcm_token)
);

create table chat_fcm_outbox (
    id bigint not null,
    body ${lob} not null,
    created_at timestamp(6) with time zone not null,
    failed_attempts integer not null,
    fcm_token varchar(1000) not null,
    last_error varchar(500),
    next_attempt_at timestamp(6) with time zone not null,
    platform varchar(10) not null,
    user_id bigint not null,
    primary key (id)
);

create table chat_peer_link (
    id bigint not null,
    high_user_id bigint not null,
    low_user_id bigint not null,
    primary key (id),
    constraint uk_chat_peer_link unique (low_user_id, high_user_id)
);

create table ewallet_account (
    id varchar(200) not null,
    primary key (id)
);

create table ewallet_api_key (
    api_key varchar(200) not null,
    enabled boolean not null,
    primary key (api_key)
);

create table ewallet_auth_token (
    token_sha256 varchar(64) not null,
    expires_at timestamp(6) with time zone,
    revoked boolean not null,
    user_id varchar(200) not null,
    primary key (token_sha256)
);

create table ewallet_provider_key (
    access_key varchar(200) not null,
    enabled boolean not null,
    secret_sha256 varchar(64) not null,
    primary key (access_key)
);

create table ewallet_transaction (
    id varchar(200) not null,
    kind ${transaction_kind},
    wallet_address varchar(200) not null,
    primary key (id, kind)
);

create table ewallet_user (
    id varchar(200) not null,
    provider_user_id varchar(200) unique,
    primary key (id)
);

create table ewallet_wallet (
    address varchar(200) not null,
    account_id varchar(200),
    user_id varchar(200),
    primary key (address)
);

create table herald_event (
    id bigint not null,
    body ${lob} not null,
    event_key varchar(200),
    kind varchar(100) not null,
    seq bigint not null,
    stored_at timestamp(6) with time zone not null,
    stream varchar(400) not null,
    primary key (id),
    constraint uk_event_stream_seq unique (stream, seq)
);

create table herald_stream_head (
    stream varchar(400) not null,
    last_seq bigint not null,
    primary key (stream)
);

create table loom_ack (
    id bigint not null,
    app_id varchar(200) not null,
    event_id varchar(200) not null,
    organization_id varchar(200) not null,
    primary key (id),
    constraint uk_loom_ack unique (organization_id, app_id, event_id)
);

create table loom_app (
    app_id varchar(200) not null,
    primary key (app_id)
);

create table loom_app_event (
    app_id varchar(200) not null,
    event_name varchar(200) not null,
    primary key (app_id, event_name)
);

create table loom_enrollment (
    app_id varchar(200) not null,
    organization_id varchar(200) not null,
    from_seq bigint not null,
    primary key (app_id, organization_id)
);

create table ob_node (
    id varchar(100) not null,
    allowed_ips varchar(2000),
    cookie varchar(200),
    cookie_sha256 varchar(64) unique,
    enabled boolean not null,
    password_sha256 varchar(64),
    username varchar(100) unique,
    primary key (id)
);

create table ob_notification_read (
    id bigint not null,
    notification_id varchar(200) not null,
    stream varchar(400) not null,
    primary key (id),
    constraint uk_ob_read unique (stream, notification_id)
);

create table wazo_token (
    id varchar(200) not null,
    admin boolean not null,
    expires_at timestamp(6) with time zone not null,
    revoked boolean not null,
    tenant_uuid varchar(100) not null,
    token_sha256 varchar(64) unique,
    user_uuid varchar(100),
    primary key (id)
);

create table wazo_token_acl (
    token_id varchar(200) not null,
    entry varchar(500) not null,
    acl_order integer not null,
    primary key (token_id, acl_order)
);

create index ix_chat_token_user
   on chat_access_token (user_id);

create index ix_chat_device_user
   on chat_device (user_id);

create index ix_chat_fcm_outbox_due
   on chat_fcm_outbox (next_attempt_at);

create index ix_chat_peer_link_high
   on chat_peer_link (high_user_id);

create index ix_event_stream_key
   on herald_event (stream, event_key);

alter table if exists loom_app_event
   add constraint FK71uwmvo4amjivy52j1jf2uica
   foreign key (app_id)
   references loom_app;

alter table if exists wazo_token_acl
   add constraint FKs06hymtss6ppuoak1phvi10yq
   foreign key (token_id)
   references wazo_token;
