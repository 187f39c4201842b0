package io.herald.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that {@link JsonRequestReader} binds from a request body. Its components are
 * {@code String}, {@code Long}, {@code Boolean} or {@code List<String>}; every string one carries
 * {@link MaxLength}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRequest {
}
