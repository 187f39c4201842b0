/**
 * Test fixtures shared by more than one test package or module, one of each: stand-ins for Herald's
 * ports ({@link io.herald.testing.InMemoryEwalletDirectory}, {@link io.herald.testing.InMemoryEventStreams})
 * and test inputs ({@link io.herald.testing.HostileJson}, {@link io.herald.testing.SpecJson}), and a policy
 * that lets anyone in ({@link io.herald.testing.OpenPolicy}) with a subscriber to go with it
 * ({@link io.herald.testing.TextSubscriber}) for routing tests, a clock tests move
 * ({@link io.herald.testing.MutableClock}) and the halves of a loopback HTTP fake
 * ({@link io.herald.testing.LoopbackHttp}). The ejb module's tests use them directly; the web and ear
 * modules get them from the ejb module's test-jar
 * ({@code herald-ejb}, type {@code test-jar}, scope test), so a fixture is written once instead of
 * copied into each module. Nothing here is deployed: the test-jar is a test-scope dependency only.
 * A fixture that one test class uses stays beside that test instead.
 */
package io.herald.testing;
