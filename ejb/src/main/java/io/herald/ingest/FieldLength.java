package io.herald.ingest;

/**
 * A producer's field that Herald stores must fit its database column. One that does not is a
 * malformed message, dead-lettered at once with this reason; left to the database it would fail the
 * write, and the broker would retry it in vain before dead-lettering it without a reason.
 */
public final class FieldLength {

    private FieldLength() {
    }

    /**
     * @param field how the reason names the field, e.g. {@code Loom event field "id"}
     * @return {@code value} (null passes), when it has at most {@code limit} characters
     */
    public static String atMost(String field, String value, int limit) throws MalformedEventException {
        if (value != null && value.length() > limit) {
            throw new MalformedEventException(field + " has " + value.length() + " characters, more than the "
                    + limit + " Herald can store");
        }
        return value;
    }
}
