package io.herald.web.protocol.chat;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Subscriber;
import io.herald.protocol.chat.ChatPrincipal;
import io.herald.protocol.chat.ChatTopic;
import io.herald.web.delivery.FrameFailures;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One chat WebSocket connection. The upgrade always succeeds; until {@code auth} succeeds every
 * other command gets 401. Once authenticated the connection receives the user's packets on
 * {@code user:<id>}, counts as one of the user's live sessions, and may listen to the presence of
 * peers. Bad input gets the protocol's error response and the connection stays open.
 */
public final class ChatConnection implements Subscriber {

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

    /*
     * Commands and close() run under `state`, so a close racing with an auth never leaves a live
     * session behind. Frames are written under `send`, so that a push to a freshly joined user
     * topic waits for the auth response; deliveries never wait on `state`, which is held across
     * calls to the directory ports.
     */
    private final Object state = new Object();
    private final Object send = new Object();
    private volatile ChatPrincipal principal;
    private volatile boolean closed;
    private final Set<String> presenceTopics = ConcurrentHashMap.newKeySet();

    public ChatConnection(ChatServices services, Outbound out) {
        this.services = services;
        this.out = out;
    }

    /** The WebSocket is open; the protocol sends nothing until the client authenticates. */
    public void opened() {
    }

    /** One text frame from the client. */
    public void onText(String text) {
        synchronized (state) {
            if (closed) {
                return;
            }
            ChatFrame.Inbound inbound = ChatCodec.decode(text);
            if (inbound instanceof ChatFrame.Unreadable unreadable) {
                malformedFrames.report(unreadable.reason(), "answered 400");
                fail(unreadable.id(), ChatError.BAD_REQUEST);
                return;
            }
            ChatFrame.Command command = (ChatFrame.Command) inbound;
            try {
                handle(command);
            } catch (RuntimeException e) {
                failures.report("command " + command.getClass().getSimpleName(), e);
                fail(command.id(), ChatError.SERVER_INTERNAL_ERROR);
            }
        }
    }

    /** A binary frame: the protocol speaks JSON text only, so it is a bad request like any other. */
    public void onBinary() {
        synchronized (state) {
            if (!closed) {
                malformedFrames.report("binary frame", "answered 400");
                fail(null, ChatError.BAD_REQUEST);
            }
        }
    }

    /** The authentication deadline passed: a socket not authenticated by now is closed with {@link #AUTH_TIMEOUT}. */
    public void authDeadlinePassed() {
        synchronized (state) {
            if (!closed && principal == null) {
                out.close(AUTH_TIMEOUT, "authentication timeout");
            }
        }
    }

    /** The WebSocket is gone, whichever side closed it; safe to call more than once. */
    public void closed() {
        synchronized (state) {
            if (closed) {
                return;
            }
            closed = true;
            ChatPrincipal user = principal;
            if (user == null) {
                return;
            }
            try {
                services.router().leaveAll(this, presenceTopics);
                services.router().leave(this, ChatTopic.user(user.userId()));
                presenceTopics.clear();
            } finally {
                // A session left counted would keep its user online for good.
                services.presence().closed(user.userId(), this);
            }
        }
    }

    private void handle(ChatFrame.Command command) {
        if (command instanceof ChatFrame.Auth auth) {
            authenticate(auth);
            return;
        }
        ChatPrincipal user = principal;
        if (user == null) {
            fail(command.id(), ChatError.INVALID_ACCESS_TOKEN);
        } else if (command instanceof ChatFrame.Listen listen) {
            listen(user, listen);
        } else if (command instanceof ChatFrame.Unlisten unlisten) {
            unlisten(user, unlisten);
        }
    }

    private void authenticate(ChatFrame.Auth auth) {
        Optional<ChatPrincipal> found = services.authenticator().authenticate(auth.accessToken());
        if (found.isEmpty()) {
            fail(auth.id(), ChatError.INVALID_ACCESS_TOKEN);
            return;
        }
        ChatPrincipal user = found.get();
        ChatPrincipal current = principal;
        if (current != null) {
            // Re-authenticating refreshes nothing but is harmless; switching users on a socket is not allowed.
            if (current.equals(user)) {
                succeed(auth.id(), new ChatFrame.Authenticated(user.userId()));
            } else {
                fail(auth.id(), ChatError.BAD_REQUEST);
            }
            return;
        }
        // Counted online before the answer goes out: a client told "200" is online for everyone
        // asking after that. Presence is never entered while holding `send` (its announcements take
        // the listeners' `send` locks), so it comes first and is undone if joining fails.
        services.presence().opened(user.userId(), this);
        boolean joined = false;
        try {
            synchronized (send) {
                // The policy reads the principal from this subscriber, so it is set before joining.
                principal = user;
                JoinDecision own = services.router().join(this, ChatTopic.user(user.userId()));
                if (own != JoinDecision.ALLOWED) {
                    throw new IllegalStateException("policy refused user " + user.userId() + " their own topic: " + own);
                }
                joined = true;
                succeed(auth.id(), new ChatFrame.Authenticated(user.userId()));
            }
        } finally {
            if (!joined) {
                principal = null;
                services.presence().closed(user.userId(), this);
            }
        }
    }

    private void listen(ChatPrincipal user, ChatFrame.Listen listen) {
        String topic = ChatTopic.presence(listen.peerId());
        if (services.router().join(this, topic) != JoinDecision.ALLOWED) {
            fail(listen.id(), ChatError.FORBIDDEN_ACCESS);
            return;
        }
        presenceTopics.add(topic);
        boolean online = services.presence().isOnline(listen.peerId());
        succeed(listen.id(), new ChatFrame.Listening(user.userId(), listen.peerId(), online));
    }

    private void unlisten(ChatPrincipal user, ChatFrame.Unlisten unlisten) {
        String topic = ChatTopic.presence(unlisten.peerId());
        boolean wasListening = services.router().leave(this, topic);
        presenceTopics.remove(topic);
        // Unlistening twice is fine, but only for a peer the user could have listened to.
        if (!wasListening && services.policy().mayJoin(user, topic) != JoinDecision.ALLOWED) {
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
        synchronized (send) {
            out.send(frame);
        }
    }

    @Override
    public Protocol protocol() {
        return Protocol.CHAT;
    }

    @Override
    public Object principal() {
        return principal;
    }

    @Override
    public void deliver(String topic, Publication publication) {
        if (closed) {
            return;
        }
        write(publication.render(ChatCodec.FORMAT, ChatCodec::encodePush));
    }
}
