/**
 * What Herald's REST resources share: the JAX-RS application, strict JSON request binding with
 * size caps, and the mappers that turn bad input into a clear 400.
 */
package io.herald.web.rest;
