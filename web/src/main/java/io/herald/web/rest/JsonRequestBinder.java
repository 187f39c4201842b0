package io.herald.web.rest;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a JSON request body into a {@link JsonRequest} record while it streams in, so that every
 * bad body is an {@link InvalidInput} naming the field: a wrong type, a string over its
 * {@link MaxLength}, a body over {@value #MAX_BYTES} bytes (named after the field being read when
 * the budget ran out), nesting deeper than {@value #MAX_DEPTH} levels, or text that is not JSON.
 * Unknown fields are skipped. An empty body is {@code null}, for the resource to judge.
 */
public final class JsonRequestBinder {

    public static final int MAX_BYTES = 64 * 1024;
    /** Far below the parser's own limit, past which it fails with a bare RuntimeException. */
    static final int MAX_DEPTH = 32;
    private static final String BODY = "body";
    /** Digits of the longest long, with its sign. */
    private static final int MAX_NUMBER_TEXT = 20;

    private final JsonParser parser;
    /** The known field whose value is being read, for the error of a body that runs out of budget. */
    private String field = BODY;

    private JsonRequestBinder(JsonParser parser) {
        this.parser = parser;
    }

    public static <R extends Record> R read(Class<R> type, InputStream body) {
        PushbackInputStream in = new PushbackInputStream(new CappedInputStream(body, MAX_BYTES));
        JsonRequestBinder binder = null;
        try {
            if (isEmpty(in)) {
                return null;
            }
            try (JsonParser parser = JSON.createParser(in)) {
                binder = new JsonRequestBinder(parser);
                return binder.record(type);
            }
        } catch (CappedInputStream.OverLimit tooLarge) {
            throw new InvalidInput(binder == null ? BODY : binder.field,
                    "the request body is over " + MAX_BYTES + " bytes");
        } catch (JsonParsingException notJson) {
            throw new InvalidInput(BODY, "the request body is not valid JSON");
        } catch (JsonException | IOException unreadable) {
            throw new InvalidInput(BODY, "the request body could not be read");
        }
    }

    private static boolean isEmpty(PushbackInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return true;
        }
        in.unread(first);
        return false;
    }

    private <R extends Record> R record(Class<R> type) {
        Event first = parser.next();
        if (first == Event.VALUE_NULL) {
            end();
            return null;
        }
        if (first != Event.START_OBJECT) {
            throw new InvalidInput(BODY, "the request body is a JSON object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        while (parser.next() == Event.KEY_NAME) {
            int index = indexOf(components, parser.getString());
            if (index < 0) {
                skipValue();
            } else {
                field = components[index].getName();
                values[index] = value(components[index]);
                field = BODY;
            }
        }
        end();
        return construct(type, components, values);
    }

    private void end() {
        if (parser.hasNext()) {
            throw new InvalidInput(BODY, "the request body is one JSON object and nothing after it");
        }
    }

    private Object value(RecordComponent component) {
        Event event = parser.next();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        Class<?> type = component.getType();
        String name = component.getName();
        if (type == String.class) {
            return string(name, maxLength(component), event, name + " is a string");
        }
        if (type == Long.class) {
            return wholeNumber(name, event);
        }
        if (type == Boolean.class) {
            return bool(name, event);
        }
        if (type == List.class && isListOfStrings(component)) {
            return strings(name, maxLength(component), event);
        }
        throw new IllegalStateException(component + " is not a String, Long, Boolean or List<String>");
    }

    private String string(String name, int maxLength, Event event, String whenNotString) {
        if (event != Event.VALUE_STRING) {
            throw new InvalidInput(name, whenNotString);
        }
        String text = parser.getString();
        if (text.length() > maxLength) {
            throw new InvalidInput(name, name + " is at most " + maxLength + " characters");
        }
        return text;
    }

    private Long wholeNumber(String name, Event event) {
        if (event == Event.VALUE_NUMBER && parser.getString().length() <= MAX_NUMBER_TEXT
                && parser.isIntegralNumber()) {
            try {
                return parser.getBigDecimal().longValueExact();
            } catch (ArithmeticException outOfLongRange) {
                // answered below
            }
        }
        throw new InvalidInput(name, name + " is a whole number");
    }

    private static Boolean bool(String name, Event event) {
        return switch (event) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new InvalidInput(name, name + " is true or false");
        };
    }

    private List<String> strings(String name, int maxLength, Event event) {
        if (event != Event.START_ARRAY) {
            throw new InvalidInput(name, name + " is a list of strings");
        }
        List<String> items = new ArrayList<>();
        for (Event item = parser.next(); item != Event.END_ARRAY; item = parser.next()) {
            items.add(string(name, maxLength, item, "each item of " + name + " is a string"));
        }
        return items;
    }

    /** Skips the value of an unknown field, refusing nesting that only a hostile client would send. */
    private void skipValue() {
        int depth = 0;
        do {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> {
                    if (++depth >= MAX_DEPTH) {
                        throw new InvalidInput(BODY, "the request body nests deeper than " + MAX_DEPTH + " levels");
                    }
                }
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                    // a scalar: done when not inside an object or array
                }
            }
        } while (depth > 0);
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int maxLength(RecordComponent component) {
        MaxLength max = component.getAnnotation(MaxLength.class);
        if (max == null) {
            throw new IllegalStateException(component + " has no @MaxLength");
        }
        return max.value();
    }

    private static boolean isListOfStrings(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class;
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}
