package io.herald.web.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for container interfaces too large to implement by hand (a servlet request, a
 * WebSocket session): each method named in {@code answers} returns what its function makes of the
 * call's arguments, every other method returns null (or false, or zero).
 */
public final class Fakes {

    private Fakes() {
    }

    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            if (method.getName().equals("toString")) {
                return "fake " + type.getSimpleName();
            }
            Class<?> returned = method.getReturnType();
            if (returned == boolean.class) {
                return false;
            }
            if (returned == int.class || returned == long.class) {
                return returned == int.class ? (Object) 0 : (Object) 0L;
            }
            return null;
        }));
    }
}
