package io.herald.web.protocol.wazo;

import java.util.Optional;

/** The two dialects of the protocol, chosen by the {@code version} query parameter. */
public enum WazoVersion {
    /** The default: {@code msg} in every reply, replies only before start, bare event bodies. */
    V1,
    /** {@code ?version=2}: {@code data} instead of {@code msg}, wrapped events, token and ping ops. */
    V2;

    /** The query parameter that chooses the version. */
    public static final String PARAMETER = "version";

    /** @param parameter the query parameter, null when absent; anything but 1 or 2 is empty */
    public static Optional<WazoVersion> fromParameter(String parameter) {
        if (parameter == null || parameter.equals("1")) {
            return Optional.of(V1);
        }
        return parameter.equals("2") ? Optional.of(V2) : Optional.empty();
    }
}
