package io.herald.web.protocol.chat;

/** The errors of the chat protocol: the HTTP-like status and the {@code err} code sent with it. */
public enum ChatError {
    BAD_REQUEST(400, "ERR_BAD_REQUEST"),
    INVALID_ACCESS_TOKEN(401, "ERR_INVALID_ACCESS_TOKEN"),
    FORBIDDEN_ACCESS(403, "ERR_FORBIDDEN_ACCESS"),
    SERVER_INTERNAL_ERROR(500, "ERR_SERVER_INTERNAL_ERROR");

    private final int status;
    private final String code;

    ChatError(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
