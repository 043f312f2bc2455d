package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML shell. Styles come from static files (Lumo, then the organisation's theme under
 * {@code themes/}), never from a frontend build, which cannot run on our machines (STACK.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/default/kefu.css")
@Viewport(Viewport.DEVICE_DIMENSIONS)
@Meta(name = "theme-color", content = "#0b6e4f")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("客服学院 Kefu Academy");
        settings.addFavIcon("icon", "themes/default/favicon.svg", "any");
    }
}
