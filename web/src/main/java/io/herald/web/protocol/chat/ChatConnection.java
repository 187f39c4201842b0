package io.herald.web.protocol.chat;

import io.herald.core.Admission;
import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Subscriber;
import io.herald.protocol.chat.ChatPacket;
import io.herald.protocol.chat.ChatPolicy;
import io.herald.protocol.chat.ChatPrincipal;
import io.herald.protocol.chat.ChatTopic;
import io.herald.web.delivery.FrameFailures;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One chat WebSocket connection. The upgrade always succeeds; until {@code auth} succeeds every
 * other command gets 401. Once authenticated the connection receives the user's packets on
 * {@code user:<id>}, counts as one of the user's live sessions, and may listen to the presence of
 * peers. Bad input gets the protocol's error response and the connection stays open.
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: the token check,
 * the policy's decisions and the presence tracker (whose announcements take other connections'
 * locks) are called with no lock held; a subscription and its response are made together under the
 * lock, so a push to a freshly joined topic waits for the response, and a close racing with an auth
 * or a listen leaves neither a subscription nor a live session behind.
 */
public final class ChatConnection implements Subscriber<ChatPrincipal, ChatPacket> {

    /**
     * Close code for a socket that did not authenticate in time. The chat protocol defines no close
     * codes; 1008 (policy violation) is the standard one any client library knows, and what
     * Herald's other endpoints send a socket that is not authenticated.
     */
    public static final int AUTH_TIMEOUT = 1008;

    private final ChatServices services;
    private final Outbound out;
    private final MalformedFrames malformedFrames = MalformedFrames.of(Protocol.CHAT);
    private final FrameFailures failures = FrameFailures.of(Protocol.CHAT);

    private final Object lock = new Object();
    /** Set under the lock with the join of the user's own topic; read by the router without it. */
    private volatile ChatPrincipal principal;
    private String ownTopic;
    private final Set<String> presenceTopics = new HashSet<>();
    private boolean closed;

    public ChatConnection(ChatServices services, Outbound out) {
        this.services = services;
        this.out = out;
    }

    /** The WebSocket is open; the protocol sends nothing until the client authenticates. */
    public void opened() {
    }

    /** One text frame from the client. */
    public void onText(String text) {
        if (isClosed()) {
            return;
        }
        switch (ChatCodec.decode(text)) {
            case ChatFrame.Unreadable unreadable -> {
                malformedFrames.report(unreadable.reason(), "answered 400");
                fail(unreadable.id(), ChatError.BAD_REQUEST);
            }
            case ChatFrame.Command command -> {
                try {
                    handle(command);
                } catch (RuntimeException e) {
                    failures.report("command " + command.getClass().getSimpleName(), e);
                    fail(command.id(), ChatError.SERVER_INTERNAL_ERROR);
                }
            }
        }
    }

    /** A binary frame: the protocol speaks JSON text only, so it is a bad request like any other. */
    public void onBinary() {
        if (!isClosed()) {
            malformedFrames.report("binary frame", "answered 400");
            fail(null, ChatError.BAD_REQUEST);
        }
    }

    /** The authentication deadline passed: a socket not authenticated by now is closed with {@link #AUTH_TIMEOUT}. */
    public void authDeadlinePassed() {
        synchronized (lock) {
            if (!closed && principal == null) {
                out.close(AUTH_TIMEOUT, "authentication timeout");
            }
        }
    }

    /** The WebSocket is gone, whichever side closed it; safe to call more than once. */
    public void closed() {
        ChatPrincipal user;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            user = principal;
            if (user == null) {
                return;
            }
            services.router().leaveAll(this, List.copyOf(presenceTopics));
            services.router().leave(this, ownTopic);
            presenceTopics.clear();
        }
        // A session left counted would keep its user online for good.
        services.presence().closed(user.userId(), this);
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void handle(ChatFrame.Command command) {
        ChatPrincipal user = principal;
        switch (command) {
            case ChatFrame.Auth auth -> authenticate(auth);
            case ChatFrame.Listen listen when user != null -> listen(user, listen);
            case ChatFrame.Unlisten unlisten when user != null -> unlisten(user, unlisten);
            case ChatFrame.Listen listen -> fail(listen.id(), ChatError.INVALID_ACCESS_TOKEN);
            case ChatFrame.Unlisten unlisten -> fail(unlisten.id(), ChatError.INVALID_ACCESS_TOKEN);
        }
    }

    private void authenticate(ChatFrame.Auth auth) {
        Optional<ChatPrincipal> found = services.authenticator().authenticate(auth.accessToken());
        if (found.isEmpty()) {
            fail(auth.id(), ChatError.INVALID_ACCESS_TOKEN);
            return;
        }
        ChatPrincipal user = found.get();
        if (principal != null) {
            reauthenticated(auth, user);
            return;
        }
        // Counted online before the answer goes out: a client told "200" is online for everyone
        // asking after that. Undone below unless the socket is now the user's.
        services.presence().opened(user.userId(), this);
        boolean live = false;
        try {
            String topic = ChatTopic.user(user.userId());
            Admission own = services.router().admitAs(this, user, topic);
            if (!own.allowed()) {
                throw new IllegalStateException("policy refused user " + user.userId() + " their own topic: "
                        + own.decision());
            }
            synchronized (lock) {
                if (closed) {
                    return;
                }
                if (principal == null) {
                    principal = user;
                    ownTopic = topic;
                    own.subscribe();
                    succeed(auth.id(), new ChatFrame.Authenticated(user.userId()));
                    live = true;
                    return;
                }
                // Another auth of this socket got in first; the presence it counted is this one's too.
                live = principal.equals(user);
            }
            reauthenticated(auth, user);
        } finally {
            if (!live) {
                services.presence().closed(user.userId(), this);
            }
        }
    }

    /** Re-authenticating refreshes nothing but is harmless; switching users on a socket is not allowed. */
    private void reauthenticated(ChatFrame.Auth auth, ChatPrincipal user) {
        if (user.equals(principal)) {
            succeed(auth.id(), new ChatFrame.Authenticated(user.userId()));
        } else {
            fail(auth.id(), ChatError.BAD_REQUEST);
        }
    }

    private void listen(ChatPrincipal user, ChatFrame.Listen listen) {
        String topic = ChatTopic.presence(listen.peerId());
        Admission admission = services.router().admit(this, topic);
        if (!admission.allowed()) {
            fail(listen.id(), ChatError.FORBIDDEN_ACCESS);
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            admission.subscribe();
            presenceTopics.add(topic);
            // Read (a map lookup that never waits) once subscribed, so a change after it is pushed, after this answer.
            boolean online = services.presence().isOnline(listen.peerId());
            succeed(listen.id(), new ChatFrame.Listening(user.userId(), listen.peerId(), online));
        }
    }

    private void unlisten(ChatPrincipal user, ChatFrame.Unlisten unlisten) {
        String topic = ChatTopic.presence(unlisten.peerId());
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (presenceTopics.remove(topic)) {
                services.router().leave(this, topic);
                succeed(unlisten.id(), new ChatFrame.Unlistened(user.userId(), unlisten.peerId()));
                return;
            }
        }
        // Unlistening twice is fine, but only for a peer the user could have listened to.
        if (services.policy().mayJoin(user, topic) != JoinDecision.ALLOWED) {
            fail(unlisten.id(), ChatError.FORBIDDEN_ACCESS);
            return;
        }
        succeed(unlisten.id(), new ChatFrame.Unlistened(user.userId(), unlisten.peerId()));
    }

    private void succeed(String id, ChatFrame.Result result) {
        write(ChatCodec.encode(new ChatFrame.Success(id, result, services.clock().instant())));
    }

    private void fail(String id, ChatError error) {
        write(ChatCodec.encode(new ChatFrame.Failure(id, error, services.clock().instant())));
    }

    private void write(String frame) {
        synchronized (lock) {
            out.send(frame);
        }
    }

    @Override
    public Lane<ChatPrincipal, ChatPacket> lane() {
        return ChatPolicy.LANE;
    }

    @Override
    public ChatPrincipal principal() {
        return principal;
    }

    /** A push on the user's own topic or on a peer's presence listened to; none once closed or unlistened. */
    @Override
    public void deliver(String topic, Publication<ChatPacket> publication) {
        synchronized (lock) {
            if (closed || !(topic.equals(ownTopic) || presenceTopics.contains(topic))) {
                return;
            }
            out.send(publication.render(ChatCodec.FORMAT, ChatCodec::encodePush));
        }
    }
}
