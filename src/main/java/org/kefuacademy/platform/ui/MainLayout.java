package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kefuacademy.platform.i18n.LanguageSwitch;
import org.kefuacademy.platform.security.KefuUser;

/**
 * The shell around every signed-in view. Its navigation is built from the views' {@code @Menu}
 * annotations and Vaadin filters it by each view's access rules, so a person only sees what
 * they may open, and no feature has to register itself here.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {
    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), userBar());
    }

    private HorizontalLayout brand() {
        Image logo = new Image("themes/default/logo.svg", "logo");
        logo.addClassName("kefu-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("kefu-brand-name");
        HorizontalLayout brand = new HorizontalLayout(logo, name);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.addClassName("kefu-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuEntries.forCurrentViewer()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("kefu-userbar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(KefuUser.class).ifPresent(user -> {
            Span who = new Span(user.displayName());
            who.setId("current-user");
            // The page belongs to the people feature; linked by route so the shell depends on no feature.
            Anchor password = new Anchor("account/password", getTranslation("password.change"));
            password.setId("change-password");
            Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            bar.add(who, password, logout);
        });
        bar.add(new LanguageSwitch());
        return bar;
    }
}
