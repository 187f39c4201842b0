/** Loom's stored state: apps and their event names, at-least-once enrollments and acknowledgements. */
package io.herald.persistence.loom;
