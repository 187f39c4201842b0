package io.herald.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a string component of a {@link JsonRequest} record (or each string of a list
 * component) may have: the length of the column it is stored in, or a bound of its own for values
 * stored hashed. Checked while the body is read, before anything reaches the database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {

    int value();
}
