package org.kefuacademy.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless UI tests on the demo data (its own in-memory database), signed in with
 * {@code @WithUserDetails("<demo user>")} on each method, so the principal is the real account.
 * Tagged "ui": Maven runs them in a JVM of their own, because browserless security support
 * loses the simulated user when another Spring context was started in the same JVM.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("ui")
public abstract class DemoUiTest extends SpringBrowserlessTest {

    /** The labels of the side navigation, in order. */
    protected List<String> navigationLabels() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
