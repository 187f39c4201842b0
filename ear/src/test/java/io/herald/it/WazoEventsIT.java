package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.tools.QueueProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which Wazo events reach which clients, from a real JMS message to a real {@code wss://} client.
 * The queue has one consumer, so events reach a client in the order they were produced: each test
 * ends with a marker event every client in scope receives, and an event a client must not get is
 * proven absent by the marker arriving in its place. Each test has its own tenant.
 */
class WazoEventsIT {

    private static QueueProducer jms;

    @BeforeAll
    static void connectJms() throws Exception {
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    @Test
    void requiredAclMissingMeansNobodyNullMeansEverySubscriberAStringMustMatch() throws Exception {
        String tenant = Wazo.uuid();
        String user = Wazo.uuid();
        String token = Wazo.userToken(tenant, user, "websocketd", "events.calls.me", "events.users.*.#",
                "!events.users.blocked.#");
        try (WsClient client = Wazo.startedV1(token, "*")) {
            String missing = Wazo.event("call_created", null, "missing");
            String anyone = Wazo.event("call_created", Wazo.NULL_ACL, "null");
            String mine = Wazo.event("call_created", "events.calls." + user, "me");
            String othersCall = Wazo.event("call_created", "events.calls." + Wazo.uuid(), "not me");
            String deep = Wazo.event("user_updated", "events.users.a.b.c", "hash");
            String denied = Wazo.event("user_updated", "events.users.blocked.x", "denied");
            String marker = Wazo.event("marker", Wazo.NULL_ACL, "end");
            for (String body : new String[] {missing, anyone, mine, othersCall, deep, denied, marker}) {
                Wazo.publish(jms, tenant, user, body);
            }
            assertEquals(anyone, client.next());
            assertEquals(mine, client.next());
            assertEquals(deep, client.next());
            assertEquals(marker, client.next());
        }
    }

    @Test
    void aClientGetsOnlyTheEventsItSubscribedTo() throws Exception {
        String tenant = Wazo.uuid();
        String user = Wazo.uuid();
        try (WsClient client = Wazo.startedV1(Wazo.userToken(tenant, user, "websocketd", "#"),
                "call_created", "marker")) {
            String created = Wazo.event("call_created", Wazo.NULL_ACL, "subscribed");
            Wazo.publish(jms, tenant, user, Wazo.event("call_ended", Wazo.NULL_ACL, "not subscribed"));
            Wazo.publish(jms, tenant, user, created);
            String marker = Wazo.event("marker", Wazo.NULL_ACL, "end");
            Wazo.publish(jms, tenant, user, marker);
            assertEquals(created, client.next());
            assertEquals(marker, client.next());
        }
    }

    @Test
    void anEventMatchingAStarAndANamedSubscriptionIsDeliveredOnce() throws Exception {
        String tenant = Wazo.uuid();
        String user = Wazo.uuid();
        try (WsClient client = Wazo.startedV1(Wazo.userToken(tenant, user, "websocketd", "#"),
                "*", "call_created", "call_created")) {
            String created = Wazo.event("call_created", Wazo.NULL_ACL, "once");
            String marker = Wazo.event("marker", Wazo.NULL_ACL, "end");
            Wazo.publish(jms, tenant, "*", created);
            Wazo.publish(jms, tenant, "*", marker);
            assertEquals(created, client.next());
            assertEquals(marker, client.next(), "the event came once");
        }
    }

    @Test
    void eventsBeforeStartAreDroppedNotKept() throws Exception {
        String tenant = Wazo.uuid();
        String user = Wazo.uuid();
        String token = Wazo.userToken(tenant, user, "websocketd", "#");
        try (WsClient witness = Wazo.startedV1(token, "call_created");
             WsClient late = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, late.next());
            late.send(Wazo.subscribe("call_created"));
            assertEquals(Wazo.SUBSCRIBED_V1, late.next());

            String early = Wazo.event("call_created", Wazo.NULL_ACL, "before start");
            String marker = Wazo.event("call_created", Wazo.NULL_ACL, "published after the early one");
            Wazo.publish(jms, tenant, user, early);
            Wazo.publish(jms, tenant, user, marker);
            // The queue's one consumer hands an event to every subscriber before it takes the next, so once
            // the witness has the marker the early event has been offered to the late client too.
            assertEquals(early, witness.next());
            assertEquals(marker, witness.next());

            late.send("{\"op\": \"start\"}");
            assertEquals(Wazo.STARTED_V1, late.next());
            String afterStart = Wazo.event("call_created", Wazo.NULL_ACL, "after start");
            Wazo.publish(jms, tenant, user, afterStart);
            assertEquals(afterStart, late.next());
        }
    }

    @Test
    void usersGetTheirOwnAndTheirTenantsBroadcastsAdminsGetTheWholeTenant() throws Exception {
        String tenant = Wazo.uuid();
        String otherTenant = Wazo.uuid();
        String alice = Wazo.uuid();
        String bob = Wazo.uuid();
        try (WsClient aliceClient = Wazo.startedV1(Wazo.userToken(tenant, alice, "websocketd", "#"), "*");
             WsClient admin = Wazo.startedV1(Wazo.adminToken(tenant, "websocketd", "#"), "*");
             WsClient outsider = Wazo.startedV1(Wazo.adminToken(otherTenant, "websocketd", "#"), "*")) {
            String toAlice = Wazo.event("chat", Wazo.NULL_ACL, "alice");
            String toBob = Wazo.event("chat", Wazo.NULL_ACL, "bob");
            String toBoth = Wazo.event("chat", Wazo.NULL_ACL, "alice and bob");
            String toAll = Wazo.event("chat", Wazo.NULL_ACL, "all users");
            String toNoUser = Wazo.event("chat", Wazo.NULL_ACL, "admins only");
            String elsewhere = Wazo.event("chat", Wazo.NULL_ACL, "other tenant");
            String marker = Wazo.event("marker", Wazo.NULL_ACL, "end");
            Wazo.publish(jms, tenant, alice, toAlice);
            Wazo.publish(jms, tenant, bob, toBob);
            Wazo.publish(jms, tenant, alice + "," + bob, toBoth);
            Wazo.publish(jms, tenant, "*", toAll);
            Wazo.publish(jms, tenant, null, toNoUser);
            Wazo.publish(jms, otherTenant, "*", elsewhere);
            Wazo.publish(jms, tenant, "*", marker);
            Wazo.publish(jms, otherTenant, "*", marker);

            assertEquals(toAlice, aliceClient.next());
            assertEquals(toBoth, aliceClient.next());
            assertEquals(toAll, aliceClient.next());
            assertEquals(marker, aliceClient.next());

            for (String expected : new String[] {toAlice, toBob, toBoth, toAll, toNoUser, marker}) {
                assertEquals(expected, admin.next());
            }

            assertEquals(elsewhere, outsider.next());
            assertEquals(marker, outsider.next());
        }
    }

    @Test
    void aMalformedMessageDoesNotHoldUpTheNextOnes() throws Exception {
        String tenant = Wazo.uuid();
        try (WsClient admin = Wazo.startedV1(Wazo.adminToken(tenant, "websocketd", "#"), "*")) {
            Wazo.publish(jms, tenant, "*", "{\"no name\": true}");
            String good = Wazo.event("after_the_bad_one", Wazo.NULL_ACL, "good");
            Wazo.publish(jms, tenant, "*", good);
            assertEquals(good, admin.next());
        }
    }
}
