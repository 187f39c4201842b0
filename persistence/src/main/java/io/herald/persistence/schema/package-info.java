/**
 * Herald's schema, versioned: the Flyway migrations under {@code db/migration/<database>} run as the
 * persistence unit starts, before Hibernate validates the entities against the tables they made.
 */
package io.herald.persistence.schema;
