/**
 * The in-container suite: JUnit 5 tests that Arquillian runs inside a WildFly of their own, deployed
 * in a test module of the real {@code herald.ear}, so that they reach what a black-box test cannot:
 * the ingest beans, the event and ack stores, the FCM outbox and the broker's redelivery, with the
 * real database and the real queues. Every class of this package goes into the test module;
 * {@code io.herald.testserver} prepares the server and the deployment from the test JVM.
 */
package io.herald.incontainer;
