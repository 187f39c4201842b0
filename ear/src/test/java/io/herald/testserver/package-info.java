/**
 * The test JVM's side of the servers the tests start beside the shared one: a server directory of a
 * test's own ({@link io.herald.testserver.ServerDirectory}, also used by the black-box tests' own
 * servers), and for the in-container suite the Arquillian extension that places its server and deploys
 * once ({@link io.herald.testserver.InContainerServer}) and the deployment it makes
 * ({@link io.herald.testserver.HeraldTestArchive}). Nothing here goes into a deployment.
 */
package io.herald.testserver;
