package io.herald.testserver;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the in-container suite: the {@code herald.ear} the build made, as it is, plus one
 * web module holding the suite's classes. Inside the EAR the test classes see the ejb module's CDI
 * beans and the {@code herald} persistence unit as Herald's own modules do; Arquillian runs them
 * through its servlet, which it adds to that module.
 */
public final class HeraldTestArchive {

    /** The test module's file name; its context root is {@code /herald-incontainer}. */
    public static final String TEST_MODULE = "herald-incontainer.war";

    private static final String MODULE = """
              <module>
                <web>
                  <web-uri>%s</web-uri>
                  <context-root>/herald-incontainer</context-root>
                </web>
              </module>
            """.formatted(TEST_MODULE);

    /** An explicit bean archive that turns no class into a bean unless it says so (the helpers do). */
    private static final String BEANS = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private HeraldTestArchive() {
    }

    /** herald.ear with the classes of {@code tests} (that package alone, not its subpackages) in a test module. */
    public static EnterpriseArchive withTests(Package tests) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("herald.ear")));
        WebArchive module = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addPackage(tests)
                .addAsWebInfResource(new StringAsset(BEANS), "beans.xml");
        ear.addAsModule(Testable.archiveToTest(module));
        // The EAR lists its modules, so WildFly deploys only those: the test module joins the list.
        String application = applicationXml(ear);
        int end = application.lastIndexOf("</module>") + "</module>".length();
        ear.setApplicationXML(new StringAsset(application.substring(0, end) + "\n" + MODULE
                + application.substring(end)));
        return ear;
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
