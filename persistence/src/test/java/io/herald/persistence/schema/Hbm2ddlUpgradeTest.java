package io.herald.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.persistence.StoredEvent;
import io.herald.persistence.StreamHead;
import io.herald.persistence.chat.FcmOutboxPush;
import io.herald.persistence.loom.LoomApp;
import io.herald.persistence.openbazaar.OpenBazaarNode;
import io.herald.persistence.wazo.WazoAuthToken;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An installation made before Herald had migrations: its tables made by hbm2ddl, holding rows. Herald's
 * unit starts on it (the schema is recorded as version 1 and only later versions run), validates, and
 * every row reads back through the entities as it was written; new rows get fresh ids.
 */
class Hbm2ddlUpgradeTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-22T10:00:00Z");
    /** Bodies with characters outside ASCII, which must survive PostgreSQL's move out of large objects. */
    private static final List<String> BODIES = List.of("{\"id\":\"e1\",\"name\":\"caf\u00e9\"}",
            "{\"id\":\"e2\",\"text\":\"\u2713 \u0645\u0631\u062d\u0628\u0627\"}", "{\"id\":\"e3\"}");
    private static final String PUSH_BODY = "{\"to\":\"fcm-token-1\",\"notification\":{\"body\":\"salut \u00e7a va\"}}";

    @Test
    void h2DatabaseMadeByHbm2ddl() throws Exception {
        DataSource database = TestDatabases.h2();
        HeraldUnit.createSchemaWithHbm2ddl(database);
        // The last Herald made by hbm2ddl had no push key yet: V3 adds it.
        execute(database, "alter table chat_fcm_outbox drop constraint uk_chat_fcm_outbox_push_key");
        execute(database, "alter table chat_fcm_outbox drop column push_key");
        writeRows(database, new Dialect("next value for %s", "?"));

        assertUpgradedKeepingEveryRow(database, List.of("1 BASELINE", "3 SQL"));
    }

    @Test
    void postgreSqlDatabaseMadeByHbm2ddl() throws Exception {
        DataSource database = TestDatabases.postgresql();
        // What hbm2ddl made there, statement for statement, with its bodies in large objects: V1, and no history.
        SchemaMigrations.configure(database).target(SchemaMigrations.HBM2DDL_VERSION).load().migrate();
        execute(database, "drop table \"flyway_schema_history\"");
        writeRows(database, new Dialect("nextval('%s')", "lo_from_bytea(0, convert_to(?, 'UTF8'))"));

        assertUpgradedKeepingEveryRow(database, List.of("1 BASELINE", "2 SQL", "3 SQL"));
        assertEquals(0L, single(database, "select count(*) from pg_largeobject_metadata"), "large objects left behind");
    }

    private static void assertUpgradedKeepingEveryRow(DataSource database, List<String> history) throws Exception {
        try (EntityManagerFactory unit = HeraldUnit.start(database)) {
            EntityManager em = unit.createEntityManager();
            List<StoredEvent> events = em.createNamedQuery(StoredEvent.AFTER_SEQ, StoredEvent.class)
                    .setParameter("stream", "loom:org-1").setParameter("after", 0L).getResultList();
            assertEquals(List.of("e1", "e2", "e3"), events.stream().map(StoredEvent::getEventKey).toList());
            assertEquals(BODIES, events.stream().map(StoredEvent::getBody).toList());
            assertEquals(List.of(1L, 2L, 3L), events.stream().map(StoredEvent::getSeq).toList());
            assertEquals(WRITTEN, events.get(0).getStoredAt());
            assertEquals(3L, em.find(StreamHead.class, "loom:org-1").getLastSeq());

            List<FcmOutboxPush> pushes = em.createNamedQuery(FcmOutboxPush.ALL, FcmOutboxPush.class).getResultList();
            assertEquals(List.of(PUSH_BODY), pushes.stream().map(FcmOutboxPush::getBody).toList());
            assertEquals(Set.of("mission_control.job_added", "mission_control.job_done"),
                    em.find(LoomApp.class, "app-1").getEventNames());
            assertEquals(List.of("events.calls.#", "events.users.me"), em.find(WazoAuthToken.class, "handle-1").getAcl());
            assertEquals("node-user", em.find(OpenBazaarNode.class, "node-1").getUsername());

            // New rows after the old ones: the sequences carry on where hbm2ddl's left them.
            em.getTransaction().begin();
            StoredEvent added = new StoredEvent("loom:org-1", 4, "e4", "mission_control.job_added", "{}", Instant.now());
            em.persist(added);
            em.getTransaction().commit();
            assertEquals(4, em.createNamedQuery(StoredEvent.COUNT, Long.class).setParameter("stream", "loom:org-1")
                    .getSingleResult());
        }
        assertEquals(history, strings(database,
                "select \"version\" || ' ' || \"type\" from \"flyway_schema_history\""
                + " where \"version\" is not null order by \"installed_rank\""),
                "Flyway's history");
    }

    /** How the old installation wrote ids (from hbm2ddl's sequences) and bodies (inline, or as large objects). */
    private record Dialect(String nextId, String body) {
        String id(String sequence) {
            return nextId.formatted(sequence);
        }
    }

    private static void writeRows(DataSource database, Dialect dialect) throws SQLException {
        try (Connection c = database.getConnection()) {
            for (int i = 0; i < BODIES.size(); i++) {
                try (PreparedStatement insert = c.prepareStatement("insert into herald_event"
                        + " (id, stream, seq, event_key, kind, body, stored_at) values (" + dialect.id("herald_event_SEQ")
                        + ", 'loom:org-1', ?, ?, 'mission_control.job_added', " + dialect.body() + ", ?)")) {
                    insert.setLong(1, i + 1);
                    insert.setString(2, "e" + (i + 1));
                    insert.setString(3, BODIES.get(i));
                    insert.setTimestamp(4, Timestamp.from(WRITTEN.plusSeconds(i)));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into chat_fcm_outbox (id, user_id, fcm_token,"
                    + " platform, body, created_at, next_attempt_at, failed_attempts) values ("
                    + dialect.id("chat_fcm_outbox_SEQ") + ", 7, 'fcm-token-1', 'ANDROID', " + dialect.body() + ", ?, ?, 0)")) {
                insert.setString(1, PUSH_BODY);
                insert.setTimestamp(2, Timestamp.from(WRITTEN));
                insert.setTimestamp(3, Timestamp.from(WRITTEN));
                insert.executeUpdate();
            }
            try (Statement statement = c.createStatement()) {
                statement.execute("insert into herald_stream_head (stream, last_seq) values ('loom:org-1', 3)");
                statement.execute("insert into loom_app (app_id) values ('app-1')");
                statement.execute("insert into loom_app_event (app_id, event_name) values"
                        + " ('app-1', 'mission_control.job_added'), ('app-1', 'mission_control.job_done')");
                statement.execute("insert into loom_ack (id, organization_id, app_id, event_id) values ("
                        + dialect.id("loom_ack_SEQ") + ", 'org-1', 'app-1', 'e1')");
                statement.execute("insert into wazo_token (id, token_sha256, tenant_uuid, expires_at, admin, revoked)"
                        + " values ('handle-1', 'aa11', 'tenant-1', timestamp '2030-01-01 00:00:00', false, false)");
                statement.execute("insert into wazo_token_acl (token_id, acl_order, entry) values"
                        + " ('handle-1', 0, 'events.calls.#'), ('handle-1', 1, 'events.users.me')");
                statement.execute("insert into ob_node (id, username, password_sha256, enabled) values"
                        + " ('node-1', 'node-user', 'bb22', true)");
            }
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long single(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(DataSource database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
